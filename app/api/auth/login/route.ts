import { handleLogin } from "@/lib/auth/login-handler";

export const dynamic = "force-dynamic";

/** Sign-in: a form post (works without JS) or JSON from the enhanced form. Public (no session). */
export const POST = (request: Request) => handleLogin(request);

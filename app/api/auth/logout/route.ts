import { handleLogout } from "@/lib/auth/login-handler";

export const dynamic = "force-dynamic";

/** Sign-out: clears the session cookie; the user menu posts a plain form here. */
export const POST = (request: Request) => handleLogout(request);

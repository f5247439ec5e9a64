"use client";

import { AlertCircle, Eye, EyeOff, Loader2, LogIn } from "lucide-react";
import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

export type LoginError = "invalid" | "throttled" | "missing" | "network" | "forbiddenOrigin" | "unexpected";

export interface LoginFormProps {
  /** Validated same-origin path to open after sign-in. */
  next: string;
  /** From `?error=` after a sign-in without JavaScript. */
  initialError: LoginError | null;
  initialRetryAfter?: number;
  demo: { user: string; password: string } | null;
}

interface ErrorBody {
  error?: { code?: string; retryAfter?: number };
}

/**
 * A real form posting to /api/auth/login, so signing in works without JavaScript (the server
 * answers with 303 redirects). With JavaScript the same form is sent as JSON: errors appear in
 * place, a lock counts down, and success opens `next` with a full page load.
 */
export function LoginForm({ next, initialError, initialRetryAfter, demo }: LoginFormProps) {
  const t = useTranslations("auth");
  const errorId = useId();
  const [error, setError] = useState<LoginError | null>(initialError);
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const [now, setNow] = useState<number | null>(null);
  const [pending, setPending] = useState(false);
  const [showPassword, setShowPassword] = useState(false);
  const userRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  // The lock from a no-JS round trip starts counting once the page is live.
  useEffect(() => {
    if (initialError === "throttled" && initialRetryAfter)
      setLockedUntil(Date.now() + initialRetryAfter * 1000);
  }, [initialError, initialRetryAfter]);

  useEffect(() => {
    if (lockedUntil === null) return;
    setNow(Date.now());
    const timer = window.setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= lockedUntil) {
        setLockedUntil(null);
        setError((e) => (e === "throttled" ? null : e));
      }
    }, 1000);
    return () => window.clearInterval(timer);
  }, [lockedUntil]);

  const remaining =
    lockedUntil !== null && now !== null
      ? Math.max(0, Math.ceil((lockedUntil - now) / 1000))
      : error === "throttled"
        ? (initialRetryAfter ?? 0)
        : 0;
  const locked = error === "throttled" && remaining > 0;

  function message(kind: LoginError): string {
    if (kind !== "throttled") return t(`errors.${kind}`);
    return remaining >= 120
      ? t("errors.throttledMinutes", { minutes: Math.ceil(remaining / 60) })
      : t("errors.throttled", { seconds: Math.max(1, remaining) });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || locked) return;
    const form = new FormData(event.currentTarget);
    const user = String(form.get("user") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!user || !password) {
      setError("missing");
      (user ? passwordRef : userRef).current?.focus();
      return;
    }
    setPending(true);
    try {
      const res = await fetch("/api/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ user, password, next }),
        credentials: "same-origin",
      });
      if (res.ok) {
        const body = (await res.json().catch(() => ({}))) as { next?: string };
        // A full load: the console layout renders server-side with the new session.
        window.location.assign(body.next ?? next);
        return;
      }
      const body = (await res.json().catch(() => ({}))) as ErrorBody;
      if (res.status === 429) {
        const seconds = Number(res.headers.get("retry-after") ?? body.error?.retryAfter ?? 60);
        setLockedUntil(Date.now() + seconds * 1000);
        setNow(Date.now());
        setError("throttled");
      } else if (res.status === 401) setError("invalid");
      else if (res.status === 400) setError("missing");
      else if (res.status === 403) setError("forbiddenOrigin");
      else setError("unexpected");
      if (passwordRef.current) passwordRef.current.value = "";
      passwordRef.current?.focus();
    } catch {
      setError("network");
    }
    setPending(false);
  }

  function fillDemo() {
    if (!demo || !userRef.current || !passwordRef.current) return;
    userRef.current.value = demo.user;
    passwordRef.current.value = demo.password;
    passwordRef.current.focus();
  }

  return (
    <form
      action="/api/auth/login"
      method="post"
      onSubmit={onSubmit}
      className="mt-6 space-y-4"
      aria-describedby={error ? errorId : undefined}
      data-testid="login-form"
    >
      <input type="hidden" name="next" value={next} />
      <div
        id={errorId}
        role="alert"
        aria-live="assertive"
        className={
          error
            ? "flex items-start gap-2 rounded-md border border-danger/30 bg-danger-soft px-3 py-2 text-sm text-danger"
            : "sr-only"
        }
        data-testid="login-error"
      >
        {error && (
          <>
            <AlertCircle aria-hidden className="mt-0.5 size-4 shrink-0" />
            <span>{message(error)}</span>
          </>
        )}
      </div>
      <div className="space-y-1.5">
        <label htmlFor="login-user" className="block text-sm font-medium">
          {t("user")}
        </label>
        <Input
          ref={userRef}
          id="login-user"
          name="user"
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          required
          maxLength={128}
          autoFocus
          inputSize="lg"
          aria-invalid={error === "invalid" || undefined}
        />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="login-password" className="block text-sm font-medium">
          {t("password")}
        </label>
        <div className="relative">
          <Input
            ref={passwordRef}
            id="login-password"
            name="password"
            type={showPassword ? "text" : "password"}
            autoComplete="current-password"
            required
            maxLength={1024}
            inputSize="lg"
            className="pe-10"
            aria-invalid={error === "invalid" || undefined}
          />
          <button
            type="button"
            onClick={() => setShowPassword((v) => !v)}
            className="absolute inset-y-0 end-0 flex w-10 items-center justify-center rounded-e-md text-muted-foreground hover:text-foreground"
            aria-label={showPassword ? t("hidePassword") : t("showPassword")}
            aria-pressed={showPassword}
            aria-controls="login-password"
          >
            {showPassword ? (
              <EyeOff aria-hidden className="size-4" />
            ) : (
              <Eye aria-hidden className="size-4" />
            )}
          </button>
        </div>
      </div>
      <Button
        type="submit"
        size="lg"
        className="w-full"
        disabled={pending || locked}
        data-testid="login-submit"
      >
        {pending ? <Loader2 aria-hidden className="animate-spin" /> : <LogIn aria-hidden />}
        {pending ? t("submitting") : t("submit")}
      </Button>
      {demo && (
        <Button type="button" variant="ghost" size="sm" className="w-full" onClick={fillDemo}>
          {t("demo.fill")}
        </Button>
      )}
    </form>
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { Logo } from "@/components/shell/logo";
import { ThemeSwitch } from "@/components/shell/theme-switch";
import { DEFAULT_AFTER_SIGN_IN, safeNextPath } from "@/lib/auth/next-path";
import { getSessionUser } from "@/lib/auth/session";
import { getEnv } from "@/lib/config/env";
import { type LoginError, LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("title") };
}

const ERRORS: readonly LoginError[] = ["invalid", "throttled", "missing"];

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

interface LoginPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Sign-in: outside the console layout (no app header), works with and without JavaScript. */
export default async function LoginPage({ searchParams }: LoginPageProps) {
  const params = await searchParams;
  const next = safeNextPath(first(params.next)) ?? DEFAULT_AFTER_SIGN_IN;
  if (await getSessionUser()) redirect(next);

  const [t, common] = await Promise.all([getTranslations("auth"), getTranslations("common")]);
  const rawError = first(params.error);
  const error = ERRORS.find((e) => e === rawError) ?? null;
  const retry = Number(first(params.retry));
  const env = getEnv();
  const demo = env.DEMO_MODE ? { user: env.DEMO_USER, password: env.DEMO_PASSWORD } : null;

  return (
    <div className="relative isolate flex min-h-dvh flex-col overflow-hidden">
      <div aria-hidden className="pointer-events-none absolute inset-0 -z-10">
        <div className="absolute -top-48 left-1/2 size-[42rem] -translate-x-1/2 rounded-full bg-primary/10 blur-3xl" />
        <div className="absolute -bottom-56 -right-40 size-[30rem] rounded-full bg-wa-green/10 blur-3xl" />
      </div>
      <header className="flex items-center justify-end gap-1 p-3 sm:p-4">
        <LanguageSwitch />
        <ThemeSwitch />
      </header>
      <main
        id="main"
        className="flex flex-1 items-start justify-center px-4 pb-16 pt-[6vh] sm:items-center sm:pt-0"
      >
        <div className="w-full max-w-sm">
          <div className="mb-6 flex flex-col items-center text-center">
            <Logo className="size-12 drop-shadow-sm" />
            <p className="mt-3 text-lg font-semibold tracking-tight">{common("productName")}</p>
            <p className="text-sm text-muted-foreground">{common("productTagline")}</p>
          </div>
          {demo && env.DEMO_ALLOW_REMOTE && (
            <aside
              role="alert"
              aria-labelledby="demo-remote-title"
              className="mb-4 rounded-lg border border-danger/30 bg-danger-soft px-4 py-3 text-sm"
              data-testid="demo-remote-warning"
            >
              <p id="demo-remote-title" className="font-semibold text-danger">
                {t("demo.remoteTitle")}
              </p>
              <p className="mt-0.5 text-danger">{t("demo.remoteBody")}</p>
            </aside>
          )}
          <section
            aria-labelledby="login-heading"
            className="rounded-xl border border-border bg-card p-6 text-card-foreground shadow-lg shadow-black/[0.03] sm:p-8 dark:shadow-black/30"
          >
            <h1 id="login-heading" className="text-xl font-semibold tracking-tight">
              {t("heading")}
            </h1>
            <p className="mt-1 text-sm text-muted-foreground">{t("subtitle")}</p>
            <LoginForm
              next={next}
              initialError={error}
              initialRetryAfter={Number.isInteger(retry) && retry > 0 ? retry : undefined}
              demo={demo}
            />
          </section>
          {demo && (
            <aside
              aria-labelledby="demo-hint-title"
              className="mt-4 rounded-lg border border-info/30 bg-info-soft px-4 py-3 text-sm"
              data-testid="demo-hint"
            >
              <p id="demo-hint-title" className="font-medium text-info">
                {t("demo.title")}
              </p>
              <p className="mt-0.5 text-foreground/80">
                {t.rich("demo.body", {
                  user: demo.user,
                  password: demo.password,
                  code: (chunks) => (
                    <code className="rounded bg-card px-1 py-0.5 font-mono text-[13px] text-foreground">
                      {chunks}
                    </code>
                  ),
                })}
              </p>
            </aside>
          )}
          <p className="mt-6 text-center text-xs text-muted-foreground">{t("footnote")}</p>
        </div>
      </main>
    </div>
  );
}

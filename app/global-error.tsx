"use client";

/**
 * Last resort when the root layout itself fails: no providers are available here (no i18n, no
 * theme), so the page is bilingual and self-styled.
 */
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          display: "grid",
          placeItems: "center",
          minHeight: "100vh",
          margin: 0,
        }}
      >
        <div role="alert" style={{ textAlign: "center", maxWidth: 420, padding: 24 }}>
          <h1 style={{ fontSize: 22 }}>Something went wrong · 出现了问题</h1>
          <p style={{ color: "#556070" }}>
            Template Console could not load this page. · 模板控制台无法加载此页面。
          </p>
          <button
            type="button"
            onClick={reset}
            style={{ marginTop: 16, padding: "8px 16px", borderRadius: 6 }}
          >
            Try again · 重试
          </button>
        </div>
      </body>
    </html>
  );
}

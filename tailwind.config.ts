import type { Config } from "tailwindcss";

/**
 * Design tokens of Template Console, loaded from app/globals.css with `@config`.
 * Semantic colours point at CSS variables (defined per theme in globals.css) so light and dark
 * share one set of class names. The `wa` palette reproduces WhatsApp's own chat colours for the
 * preview, in both of WhatsApp's looks.
 */
const config: Config = {
  darkMode: "class",
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./lib/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        background: "var(--background)",
        foreground: "var(--foreground)",
        card: { DEFAULT: "var(--card)", foreground: "var(--card-foreground)" },
        popover: { DEFAULT: "var(--popover)", foreground: "var(--popover-foreground)" },
        muted: { DEFAULT: "var(--muted)", foreground: "var(--muted-foreground)" },
        accent: { DEFAULT: "var(--accent)", foreground: "var(--accent-foreground)" },
        primary: { DEFAULT: "var(--primary)", foreground: "var(--primary-foreground)" },
        border: "var(--border)",
        input: "var(--input)",
        ring: "var(--ring)",
        success: { DEFAULT: "var(--success)", soft: "var(--success-soft)" },
        warning: { DEFAULT: "var(--warning)", soft: "var(--warning-soft)" },
        danger: { DEFAULT: "var(--danger)", soft: "var(--danger-soft)" },
        info: { DEFAULT: "var(--info)", soft: "var(--info-soft)" },
        neutral: { DEFAULT: "var(--neutral)", soft: "var(--neutral-soft)" },
        wa: {
          wallpaper: "var(--wa-wallpaper)",
          pattern: "var(--wa-pattern)",
          bubble: "var(--wa-bubble)",
          text: "var(--wa-text)",
          meta: "var(--wa-meta)",
          link: "var(--wa-link)",
          divider: "var(--wa-divider)",
          chip: "var(--wa-chip)",
          header: "var(--wa-header)",
          green: "#25d366",
          teal: "#008069",
        },
      },
      borderRadius: { lg: "0.625rem", md: "0.5rem", sm: "0.375rem", bubble: "7.5px" },
      fontFamily: {
        sans: [
          "ui-sans-serif",
          "system-ui",
          "-apple-system",
          "Segoe UI",
          "PingFang SC",
          "Hiragino Sans GB",
          "Microsoft YaHei",
          "Noto Sans CJK SC",
          "Noto Sans",
          "Helvetica Neue",
          "Arial",
          "sans-serif",
        ],
        mono: ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"],
        // WhatsApp uses the platform font; Helvetica/Segoe at 14.2px on web.
        wa: [
          "Segoe UI",
          "Helvetica Neue",
          "Helvetica",
          "Lucida Grande",
          "Arial",
          "PingFang SC",
          "sans-serif",
        ],
      },
      fontSize: { "wa-body": ["14.2px", "19px"], "wa-meta": ["11px", "15px"], "wa-footer": ["13px", "17px"] },
      boxShadow: { bubble: "0 1px 0.5px rgba(11,20,26,.13)" },
    },
  },
};

export default config;

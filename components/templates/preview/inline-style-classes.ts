import type { InlineStyle } from "@/lib/templates/preview/format-tokens";
import { cn } from "@/lib/utils/cn";

const STYLE_CLASSES: Record<InlineStyle, string> = {
  bold: "font-semibold",
  italic: "italic",
  strike: "line-through",
  code: "rounded-[3px] bg-black/[0.06] px-[3px] dark:bg-white/10",
  mono: "font-mono text-[0.92em]",
};
/** Inline code's font; inside a mono block the block's size applies instead. */
const CODE_FONT = "font-mono text-[0.9em]";

/** The classes of a run's inline styles (WhatsApp's *bold*, _italic_, ~strike~, `code`, ```mono```). */
export function styleClasses(styles: readonly InlineStyle[]): string {
  return cn(
    styles.map((s) => STYLE_CLASSES[s]),
    styles.includes("code") && !styles.includes("mono") && CODE_FONT,
  );
}

/**
 * A variable chip's classes under the run's styles: inline code brings its own corners, padding
 * and tint; code or mono set the font size, so the chip keeps the surrounding line height; bold
 * replaces the placeholder's medium weight.
 */
export function chipClasses(styles: readonly InlineStyle[], missing: boolean): string {
  const code = styles.includes("code");
  const sized = code || styles.includes("mono");
  return cn(
    "mx-px inline-block [font-style:normal] [text-decoration:none]",
    !code && "rounded-[4px] px-1",
    !sized && "leading-[1.25]",
    missing
      ? "border border-dashed border-wa-meta text-wa-meta"
      : ["text-wa-text", !code && "bg-wa-chip", !styles.includes("bold") && "font-medium"],
    styleClasses(styles),
  );
}

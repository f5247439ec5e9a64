/**
 * CSS applied while a screenshot is taken (Playwright's `style` option): the sticky header is put
 * back in the flow, so it never lies over the part being shot. Shared by the alerts spec and
 * scripts/screenshots.ts.
 */
export const SCREENSHOT_STYLE = "header.sticky { position: static !important; }";

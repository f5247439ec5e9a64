"use client";

import { createContext, useContext } from "react";
import type { PreviewMode } from "@/lib/templates/preview/presentation";

/** Whether variables show their example values or `{{name}}` chips; read by every variable span. */
export const PreviewModeContext = createContext<PreviewMode>("examples");

export function usePreviewMode(): PreviewMode {
  return useContext(PreviewModeContext);
}

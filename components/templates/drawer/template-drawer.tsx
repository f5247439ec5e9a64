"use client";

export interface TemplateDrawerProps {
  templateId: string | null;
  account: string;
  onClose: () => void;
  /** Open another template (a sibling language) in the same drawer. */
  onNavigate: (id: string) => void;
}

/** PLACEHOLDER until the drawer lands (issue 6). */
export function TemplateDrawer(_props: TemplateDrawerProps) {
  return null;
}

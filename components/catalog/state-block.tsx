import type * as React from "react";

export interface StateBlockProps {
  icon: React.ReactNode;
  title: string;
  body: React.ReactNode;
  action?: React.ReactNode;
  tone?: "default" | "danger";
  testId: string;
}

/** The face of a whole-page state (empty, error, no access): icon, title, text, an action. */
export function StateBlock({ icon, title, body, action, tone = "default", testId }: StateBlockProps) {
  return (
    <div
      role={tone === "danger" ? "alert" : "status"}
      data-testid={testId}
      className="flex flex-col items-center justify-center gap-3 rounded-lg border border-dashed border-border bg-card px-6 py-14 text-center"
    >
      <span className={tone === "danger" ? "text-danger" : "text-muted-foreground"}>{icon}</span>
      <h2 className="text-base font-semibold">{title}</h2>
      <div className="max-w-md text-sm text-muted-foreground">{body}</div>
      {action}
    </div>
  );
}

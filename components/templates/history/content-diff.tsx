"use client";

import { useTranslations } from "next-intl";
import { type DiffSegment, diffComponents } from "@/lib/history/component-diff";
import { cn } from "@/lib/utils/cn";

function Segments({ segments }: { segments: DiffSegment[] }) {
  const t = useTranslations("templateHistory.diff");
  // Segments have no identity but their position: the key is the offset in the text.
  let offset = 0;
  const keyed = segments.map((s) => {
    const key = `${offset}`;
    offset += s.text.length;
    return { ...s, key };
  });
  return (
    <p className="whitespace-pre-wrap break-words">
      {keyed.map((s) =>
        s.op === "same" ? (
          <span key={s.key}>{s.text}</span>
        ) : s.op === "del" ? (
          <del
            key={s.key}
            title={t("deleted")}
            className="rounded bg-danger/15 text-foreground decoration-danger"
          >
            {s.text}
          </del>
        ) : (
          <ins
            key={s.key}
            title={t("inserted")}
            className="rounded bg-success/15 text-foreground no-underline"
          >
            {s.text}
          </ins>
        ),
      )}
      {segments.length === 0 && <span className="text-muted-foreground">—</span>}
    </p>
  );
}

/** Before / after, side by side (stacked on phones): texts word by word, then the buttons. */
export function ContentDiff({
  before,
  after,
}: {
  before: unknown[] | undefined;
  after: unknown[] | undefined;
}) {
  const t = useTranslations("templateHistory.diff");
  if (!before || !after) return <p className="text-sm text-muted-foreground">{t("unavailable")}</p>;
  const diff = diffComponents(before, after);
  const part = (p: "HEADER" | "BODY" | "FOOTER") => t(p.toLowerCase() as "body");
  return (
    <div className="flex flex-col gap-3 text-sm" data-testid="content-diff">
      {diff.texts.length === 0 && <p className="text-muted-foreground">{t("noTextChange")}</p>}
      {diff.texts.map((d) => (
        <div key={d.part}>
          <h4 className="text-xs font-semibold uppercase tracking-wide text-muted-foreground">
            {part(d.part)}
          </h4>
          <div className="mt-1 grid gap-2 sm:grid-cols-2">
            <div className="rounded-md border border-border p-2">
              <div className="mb-1 text-xs text-muted-foreground">{t("before")}</div>
              <Segments segments={d.before} />
            </div>
            <div className="rounded-md border border-border p-2">
              <div className="mb-1 text-xs text-muted-foreground">{t("after")}</div>
              <Segments segments={d.after} />
            </div>
          </div>
        </div>
      ))}
      {diff.buttons.length > 0 && (
        <div>
          <h4 className="text-xs font-semibold uppercase tracking-wide text-muted-foreground">
            {t("buttons")}
          </h4>
          <ul className="mt-1 flex flex-col gap-1">
            {diff.buttons.map((b, k) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: buttons are compared by position
              <li key={k} className="grid gap-2 sm:grid-cols-[6rem_1fr_1fr]">
                <span
                  className={cn(
                    "font-medium",
                    b.change === "removed" ? "text-danger" : b.change === "added" ? "text-success" : "",
                  )}
                >
                  {t(b.change)}
                </span>
                <span className={cn(b.before ? "line-through decoration-danger" : "text-muted-foreground")}>
                  {b.before ?? "—"}
                </span>
                <span>{b.after ?? "—"}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

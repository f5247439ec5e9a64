"use client";

import { Info } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMessage } from "@/components/templates/use-message";
import type { MessageRef } from "@/lib/templates/preview/message-ref";

/** What the preview cannot show exactly, as short notes under the phone. */
export function PreviewNotes({ notes }: { notes: readonly MessageRef[] }) {
  const t = useTranslations("preview");
  const m = useMessage();
  if (notes.length === 0) return null;
  return (
    <section aria-label={t("notesLabel")} className="mx-auto w-full max-w-[380px]">
      <ul className="flex flex-col gap-1.5 text-xs leading-relaxed text-muted-foreground">
        {notes.map((note) => (
          <li key={note.key} className="flex gap-1.5">
            <Info aria-hidden className="mt-0.5 size-3.5 shrink-0" />
            <span>{m(note)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

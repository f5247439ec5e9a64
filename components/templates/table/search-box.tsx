"use client";

import { Search, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Input } from "@/components/ui/input";
import { QUERY_MAX_LENGTH } from "@/lib/templates/list-constants";

export interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  /** Milliseconds of quiet before the search runs. */
  debounceMs?: number;
}

function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));
}

/** Debounced search; `/` anywhere focuses it (unless the user is typing elsewhere). */
export function SearchBox({ value, onChange, debounceMs = 250 }: SearchBoxProps) {
  const t = useTranslations("templates.search");
  const [draft, setDraft] = useState(value);
  const ref = useRef<HTMLInputElement>(null);

  // Follow outside changes (reset, back/forward) without clobbering what the user is typing.
  useEffect(() => {
    if (document.activeElement !== ref.current) setDraft(value);
  }, [value]);

  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => onChange(draft), debounceMs);
    return () => clearTimeout(timer);
  }, [draft, value, onChange, debounceMs]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.metaKey || event.ctrlKey || event.altKey || isTypingTarget(event.target))
        return;
      event.preventDefault();
      ref.current?.focus();
      ref.current?.select();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <div className="relative w-full sm:w-72">
      <Search
        aria-hidden
        className="pointer-events-none absolute start-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground"
      />
      <Input
        ref={ref}
        type="search"
        value={draft}
        maxLength={QUERY_MAX_LENGTH}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") onChange(draft);
          if (e.key === "Escape" && draft) {
            e.stopPropagation();
            setDraft("");
            onChange("");
          }
        }}
        placeholder={t("placeholder")}
        aria-label={t("label")}
        aria-keyshortcuts="/"
        className="h-8 ps-8 pe-14 [&::-webkit-search-cancel-button]:hidden"
        data-testid="search"
      />
      {draft ? (
        <button
          type="button"
          onClick={() => {
            setDraft("");
            onChange("");
            ref.current?.focus();
          }}
          className="absolute end-2 top-1/2 -translate-y-1/2 rounded p-0.5 text-muted-foreground hover:text-foreground"
          aria-label={t("clear")}
        >
          <X aria-hidden className="size-4" />
        </button>
      ) : (
        <kbd
          aria-hidden
          className="pointer-events-none absolute end-2 top-1/2 hidden -translate-y-1/2 rounded border border-border bg-muted px-1.5 font-mono text-[11px] text-muted-foreground sm:inline"
        >
          /
        </kbd>
      )}
    </div>
  );
}

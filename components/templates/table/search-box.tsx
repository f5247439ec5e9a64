"use client";

import { Search, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Input } from "@/components/ui/input";
import { QUERY_MAX_LENGTH } from "@/lib/templates/url-grammar";

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
  const [shortcutOn, setShortcutOn] = useState(false);

  // What this box last sent. A `value` that differs from it came from outside (reset, Back,
  // Forward, a view button): the box follows it even while focused, instead of re-sending an
  // old draft that would undo the navigation.
  const sent = useRef(value);
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setDraft(value);
    }
  }, [value]);

  const send = (text: string) => {
    sent.current = text;
    onChange(text);
  };

  useEffect(() => {
    if (draft === sent.current) return;
    const timer = setTimeout(() => {
      sent.current = draft;
      onChange(draft);
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [draft, onChange, debounceMs]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.metaKey || event.ctrlKey || event.altKey || isTypingTarget(event.target))
        return;
      event.preventDefault();
      ref.current?.focus();
      ref.current?.select();
    };
    window.addEventListener("keydown", onKey);
    setShortcutOn(true);
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
          if (e.key === "Enter") send(draft);
          if (e.key === "Escape" && draft) {
            e.stopPropagation();
            setDraft("");
            send("");
          }
        }}
        placeholder={t("placeholder")}
        aria-label={t("label")}
        // Announced only once the listener is attached: before hydration "/" does nothing.
        aria-keyshortcuts={shortcutOn ? "/" : undefined}
        inputSize="sm"
        className="ps-8 pe-14 [&::-webkit-search-cancel-button]:hidden"
        data-testid="search"
      />
      {draft ? (
        <button
          type="button"
          onClick={() => {
            setDraft("");
            send("");
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

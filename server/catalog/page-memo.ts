import type { Template } from "@/lib/nxcloud/schemas";
import type { PageRead, PageSpan } from "./walker";

/**
 * What the last committed walk of an account read from each page, by the page's fingerprint (a
 * digest of the response body). A sync of a big account usually gets most pages back byte for
 * byte; reading them again (tolerant zod parsing of every template) was most of a no-change
 * sync's CPU, and comparing the fresh copies with the held ones most of the rest. A page with a
 * known fingerprint now yields the HELD template objects: nothing to parse, and the store's
 * structural comparison ends at the first identity check.
 *
 * Holds no templates of its own: spans point into the committed snapshot's array (the objects
 * the store kept), valid only while that snapshot is the one held (`version`).
 */
export interface PageMemo {
  /** The templates of a page with this fingerprint, if the held snapshot `version` has them. */
  lookup(heldVersion: number | undefined, fingerprint: string): PageRead | undefined;
  /** After a commit: `templates` is the stored snapshot's array (the store's objects). */
  remember(version: number, templates: readonly Template[], spans: readonly PageSpan[]): void;
  forget(): void;
}

export function createPageMemo(): PageMemo {
  let memo: { version: number; templates: readonly Template[]; spans: Map<string, PageSpan> } | null = null;
  return {
    lookup(heldVersion, fingerprint) {
      if (!memo) return undefined;
      // Another snapshot is held now (another instance's commit): its objects are not these.
      if (memo.version !== heldVersion) {
        memo = null;
        return undefined;
      }
      const span = memo.spans.get(fingerprint);
      if (!span) return undefined;
      return { data: memo.templates.slice(span.start, span.end), skipped: span.skipped };
    },
    remember(version, templates, spans) {
      memo = { version, templates, spans: new Map(spans.map((s) => [s.fingerprint, s])) };
    },
    forget() {
      memo = null;
    },
  };
}

import type { CatalogSnapshot, PageSpan } from "./store";
import type { PageRead } from "./walker";

/**
 * Pages a sync need not read again. A sync of a big account usually gets most pages back byte
 * for byte; reading them again (tolerant zod parsing of every template) was most of a no-change
 * sync's CPU, and comparing the fresh copies with the held ones most of the rest. The held
 * snapshot records where each page of its walk sits (`pageSpans`, keyed by a digest of the
 * page's body, stored with the snapshot so it survives a restart); a page with a known
 * fingerprint yields the HELD template objects: nothing to parse, and the store's structural
 * comparison ends at the first identity check.
 */
const indexes = new WeakMap<CatalogSnapshot, Map<string, PageSpan>>();

export function knownPagesOf(held: CatalogSnapshot): (fingerprint: string) => PageRead | undefined {
  return (fingerprint) => {
    let index = indexes.get(held);
    if (!index) {
      index = new Map((held.pageSpans ?? []).map((s) => [s.fingerprint, s]));
      indexes.set(held, index);
    }
    const span = index.get(fingerprint);
    if (!span || span.end > held.templates.length) return undefined;
    return { data: held.templates.slice(span.start, span.end), skipped: span.skipped };
  };
}

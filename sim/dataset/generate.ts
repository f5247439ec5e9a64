import type { TemplateInput } from "../../lib/nxcloud/schemas";
import { ACCOUNT_PROFILES, type AccountProfile } from "./accounts";
import { COPY, LANGUAGES, type LanguageCode } from "./copy";
import { acmeTemplates, DATA_EPOCH } from "./families-acme";
import { type BulkContext, FAMILIES, type Family, NAME_QUALIFIERS } from "./families-bulk";
import { type MediaUrl, mediaUrlFactory } from "./media-refs";
import { ODDITIES_PROFILE, odditiesCases } from "./oddities";
import { createRng, type Rng } from "./rng";
import type { SimAccount, SimDataset } from "./types";

export interface GenerateOptions {
  seed: number;
  /** Public base URL of the simulator; media examples point at `${mediaBaseUrl}/media/…`. */
  mediaBaseUrl: string;
}

/**
 * Deterministic dataset: the same seed (and media base URL) always gives a deep-equal result.
 * Three accounts: acme (hand-written showcase), globex (exactly 250), initech (exactly 6000).
 */
export function generateDataset({ seed, mediaBaseUrl }: GenerateOptions): SimDataset {
  const root = createRng(seed >>> 0);
  const media = mediaUrlFactory(mediaBaseUrl);
  const accounts = ACCOUNT_PROFILES.map((profile): SimAccount => {
    const rng = root.fork(`account:${profile.id}`);
    const created =
      profile.templateCount < 0
        ? acmeTemplates(profile, media)
        : bulkTemplates(profile, rng.fork("templates"), media, profile.templateCount);
    assignIds(created, profile.idBase, rng.fork("ids"));
    return {
      id: profile.id,
      label: profile.label,
      appkey: profile.appkey,
      business_phone: profile.business_phone,
      waba_id: profile.waba_id,
      // Newest first, like Meta's listing (ids grow with creation order).
      templates: created.reverse(),
    };
  });
  // Real-world shapes the console must survive (issue 12); served exactly as written.
  accounts.push({
    ...ODDITIES_PROFILE,
    templates: odditiesCases(media).map((c) => c.template as TemplateInput),
  });
  return { seed, source: "generated", accounts };
}

function assignIds(templates: TemplateInput[], base: number, rng: Rng): void {
  let id = base;
  for (const t of templates) {
    id += rng.int(1_000, 9_000_000);
    t.id = String(id);
  }
}

const STATUS_WEIGHTS = {
  APPROVED: 760,
  PENDING: 60,
  REJECTED: 80,
  PAUSED: 25,
  DISABLED: 15,
  IN_APPEAL: 10,
  ARCHIVED: 25,
  LIMIT_EXCEEDED: 5,
  PENDING_DELETION: 10,
  DELETED: 10,
} as const;
const LEGACY_STATUS_WEIGHTS = {
  APPROVED: 40,
  ARCHIVED: 25,
  DELETED: 10,
  DISABLED: 10,
  PAUSED: 5,
  PENDING_DELETION: 10,
} as const;
const REJECTION_WEIGHTS = {
  INVALID_FORMAT: 30,
  INCORRECT_CATEGORY: 20,
  TAG_CONTENT_MISMATCH: 10,
  PROMOTIONAL: 15,
  ABUSIVE_CONTENT: 5,
  SCAM: 5,
  LOW_QUALITY_LANGUAGE: 1,
} as const;
const GROUP_SIZES = { "1": 30, "2": 20, "3": 18, "4": 12, "5": 8, "6": 5, "8": 4, "12": 3 } as const;

const LANGUAGE_WEIGHTS: Record<string, Partial<Record<LanguageCode, number>>> = {
  globex: {
    en_GB: 10,
    en_US: 6,
    fr: 5,
    de: 5,
    es: 4,
    ar: 3,
    hi: 2,
    pt_BR: 3,
    zh_CN: 2,
    ja: 2,
    id: 1,
    zh_HK: 1,
  },
  initech: {
    id: 8,
    en_US: 8,
    zh_CN: 6,
    hi: 6,
    ar: 5,
    pt_BR: 5,
    es: 5,
    ja: 3,
    zh_HK: 3,
    en_GB: 2,
    fr: 2,
    de: 2,
  },
};

function pickLanguages(rng: Rng, accountId: string, count: number): LanguageCode[] {
  const weights = { ...(LANGUAGE_WEIGHTS[accountId] ?? {}) } as Record<string, number>;
  for (const lang of LANGUAGES) weights[lang] ??= 1;
  const chosen: LanguageCode[] = [];
  while (chosen.length < Math.min(count, LANGUAGES.length)) {
    const lang = rng.weighted(weights) as LanguageCode;
    chosen.push(lang);
    delete weights[lang];
  }
  return chosen;
}

function uniqueName(rng: Rng, family: Family, used: Set<string>): string {
  const base = rng.pick(family.names);
  const q = rng.pick(NAME_QUALIFIERS);
  const stem = q ? `${base}_${q}` : base;
  let name = stem;
  for (let n = 2; used.has(name); n++) name = `${stem}_${n}`;
  used.add(name);
  return name;
}

function qualityFor(rng: Rng, status: string): TemplateInput["quality_score"] | undefined {
  const table: Record<string, number> =
    status === "APPROVED"
      ? { GREEN: 55, YELLOW: 12, RED: 4, UNKNOWN: 17, none: 12 }
      : status === "PAUSED"
        ? { RED: 6, YELLOW: 3, none: 1 }
        : status === "DISABLED"
          ? { RED: 8, none: 2 }
          : { UNKNOWN: 5, none: 5 };
  const score = rng.weighted(table);
  if (score === "none") return undefined;
  if (rng.chance(0.1)) return { score };
  return { score, date: DATA_EPOCH - rng.int(0, 400) * 86_400 - rng.int(0, 86_399) };
}

function bulkTemplates(profile: AccountProfile, rng: Rng, media: MediaUrl, total: number): TemplateInput[] {
  const familyWeights = Object.fromEntries(FAMILIES.map((f) => [f.key, f.weight]));
  const byKey = new Map(FAMILIES.map((f) => [f.key, f]));
  const used = new Set<string>();
  const out: TemplateInput[] = [];
  while (out.length < total) {
    const family = byKey.get(rng.weighted(familyWeights)) as Family;
    const name = uniqueName(rng, family, used);
    const size = Math.min(Number(rng.weighted(GROUP_SIZES)), total - out.length);
    const languages = pickLanguages(rng, profile.id, size);
    const ctx: BulkContext = {
      brand: profile.brand,
      shop: `https://${profile.domain}`,
      phone: profile.supportPhone,
      media,
      dropExamples: rng.chance(0.06),
    };
    const legacy = family.legacy !== undefined && rng.chance(0.06);
    const category = legacy ? (family.legacy as string) : family.category;
    const render = family.plan(rng, ctx);
    for (const language of languages) {
      const { components, extra } = render(COPY[language]);
      const status = rng.weighted<string>(legacy ? LEGACY_STATUS_WEIGHTS : STATUS_WEIGHTS);
      const t: TemplateInput = { id: "", name, language, status, category, ...extra, components };
      if (status === "REJECTED" || status === "IN_APPEAL") {
        t.rejected_reason =
          category === "AUTHENTICATION" && rng.chance(0.3)
            ? "CATEGORY_NOT_AVAILABLE"
            : rng.weighted(REJECTION_WEIGHTS);
      } else {
        const r = rng.weighted({ NONE: 93, omit: 5, null: 2 });
        if (r === "NONE") t.rejected_reason = "NONE";
        if (r === "null") t.rejected_reason = null;
      }
      const q = qualityFor(rng, status);
      if (q) t.quality_score = q;
      if (status === "APPROVED" && category === "UTILITY" && rng.chance(0.02))
        t.correct_category = "MARKETING";
      if (category === "MARKETING" && rng.chance(0.02)) t.previous_category = "UTILITY";
      out.push(t);
    }
  }
  return out;
}

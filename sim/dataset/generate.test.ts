import { describe, expect, it } from "vitest";
import {
  KNOWN_CATEGORIES,
  KNOWN_QUALITY_SCORES,
  KNOWN_REJECTED_REASONS,
  type TemplateInput,
  templateSchema,
} from "../../lib/nxcloud/schemas";
import { readTemplate } from "../../lib/nxcloud/template-tolerant";
import { MEDIA_FILE_NAMES } from "../media";
import { LANGUAGES } from "./copy";
import { generateDataset } from "./generate";
import { MEDIA_FILES, mediaUrlFactory } from "./media-refs";
import { ODDITIES_PROFILE, odditiesCases } from "./oddities";
import type { Button, Component } from "./types";

const BASE = "http://127.0.0.1:4010";
const dataset = generateDataset({ seed: 42, mediaBaseUrl: BASE });
/** The three generated accounts follow Meta's documented shapes; `oddities` deliberately does not. */
const wellFormed = dataset.accounts.filter((a) => a.id !== ODDITIES_PROFILE.id);
const all = wellFormed.flatMap((a) => a.templates);

const STATUSES = [
  "APPROVED",
  "PENDING",
  "REJECTED",
  "PAUSED",
  "DISABLED",
  "IN_APPEAL",
  "ARCHIVED",
  "LIMIT_EXCEEDED",
  "PENDING_DELETION",
  "DELETED",
];

const comps = (t: TemplateInput): Component[] => t.components ?? [];
const find = (t: TemplateInput, type: string) => comps(t).find((c) => c.type === type);
const buttonsOf = (cs: Component[]): Button[] => cs.flatMap((c) => c.buttons ?? []);
/** Components of the template plus those of its carousel cards. */
const deepComps = (t: TemplateInput): Component[] =>
  comps(t).flatMap((c) => [c, ...(c.cards ?? []).flatMap((card) => card.components)]);
const some = (pred: (t: TemplateInput) => boolean) => all.some(pred);
const bodyText = (t: TemplateInput) => find(t, "BODY")?.text ?? "";

describe("generated dataset", () => {
  it("has the three generated accounts with the specified sizes, then the oddities", () => {
    expect(dataset.accounts.map((a) => a.id)).toEqual(["acme", "globex", "initech", "oddities"]);
    expect(dataset.accounts.map((a) => a.label)).toEqual([
      "Acme Store (small)",
      "Globex Retail",
      "Initech Global",
      "Oddities (real-world data)",
    ]);
    const [acme, globex, initech] = dataset.accounts;
    expect(acme?.templates.length).toBeGreaterThanOrEqual(35);
    expect(acme?.templates.length).toBeLessThanOrEqual(65);
    expect(globex?.templates).toHaveLength(250);
    expect(initech?.templates).toHaveLength(6000);
    for (const a of dataset.accounts) {
      expect(a.business_phone).toMatch(/^\d{6,20}$/);
      expect(a.appkey).toBeTruthy();
    }
  });

  it("is deterministic for a seed and differs between seeds", () => {
    expect(generateDataset({ seed: 42, mediaBaseUrl: BASE })).toEqual(dataset);
    const other = generateDataset({ seed: 7, mediaBaseUrl: BASE });
    expect(other).not.toEqual(dataset);
    expect(other.accounts[2]?.templates.slice(0, 50)).not.toEqual(
      dataset.accounts[2]?.templates.slice(0, 50),
    );
  });

  it("generates quickly (6,300 templates)", () => {
    const t0 = performance.now();
    generateDataset({ seed: 1, mediaBaseUrl: BASE });
    expect(performance.now() - t0).toBeLessThan(2_000);
  });

  it("every template parses with the console's templateSchema", () => {
    for (const t of all) {
      const r = templateSchema.safeParse(t);
      expect(r.success, `${t.id} ${t.name}`).toBe(true);
    }
  });

  it("ids are numeric strings, unique across accounts, listed by id descending", () => {
    const ids = all.map((t) => t.id);
    expect(ids.every((id) => typeof id === "string" && /^\d{15,17}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of wellFormed) {
      const nums = a.templates.map((t) => BigInt(t.id));
      for (let i = 1; i < nums.length; i++) expect((nums[i - 1] as bigint) > (nums[i] as bigint)).toBe(true);
      const keys = a.templates.map((t) => `${t.name}/${t.language}`);
      expect(new Set(keys).size, `${a.id}: (name, language) unique`).toBe(keys.length);
      expect(a.templates.every((t) => /^[a-z0-9_]{1,512}$/.test(t.name))).toBe(true);
    }
  });

  it("covers every category including legacy ones", () => {
    const cats = new Set(all.map((t) => t.category));
    for (const c of [...KNOWN_CATEGORIES, "OTP", "TRANSACTIONAL"]) expect(cats, c).toContain(c);
    expect([...cats].filter((c) => c.endsWith("_UPDATE")).length).toBeGreaterThanOrEqual(3);
  });

  it("covers every status with realistic proportions (mostly APPROVED)", () => {
    const statuses = all.map((t) => t.status);
    for (const s of STATUSES) expect(statuses, s).toContain(s);
    const approved = statuses.filter((s) => s === "APPROVED").length / statuses.length;
    expect(approved).toBeGreaterThan(0.6);
    expect(approved).toBeLessThan(0.9);
  });

  it("covers every rejected reason plus an unknown one", () => {
    const reasons = new Set(all.map((t) => t.rejected_reason));
    for (const r of KNOWN_REJECTED_REASONS) expect(reasons, r).toContain(r);
    expect(reasons).toContain("LOW_QUALITY_LANGUAGE");
    expect(some((t) => !("rejected_reason" in t))).toBe(true);
  });

  it("covers every quality score, templates without one, and unix-second dates", () => {
    const scores = new Set(all.map((t) => t.quality_score?.score));
    for (const q of KNOWN_QUALITY_SCORES) expect(scores, q).toContain(q);
    expect(some((t) => t.quality_score === undefined)).toBe(true);
    const dates = all.map((t) => t.quality_score?.date).filter((d): d is number => typeof d === "number");
    expect(dates.length).toBeGreaterThan(100);
    expect(dates.every((d) => Number.isInteger(d) && d > 1_577_836_800 && d < 1_893_456_000)).toBe(true);
  });

  it("has pending and completed recategorisations", () => {
    expect(some((t) => t.correct_category === "MARKETING" && t.category === "UTILITY")).toBe(true);
    expect(some((t) => t.previous_category === "UTILITY" && t.category === "MARKETING")).toBe(true);
  });

  it("covers every header format (TEXT, IMAGE, VIDEO, DOCUMENT, LOCATION, GIF)", () => {
    const formats = new Set(
      all.flatMap((t) =>
        deepComps(t)
          .filter((c) => c.type === "HEADER")
          .map((c) => c.format),
      ),
    );
    for (const f of ["TEXT", "IMAGE", "VIDEO", "DOCUMENT", "LOCATION", "GIF"])
      expect(formats, f).toContain(f);
  });

  it("has positional and named parameters, with and without parameter_format, and without examples", () => {
    const named = (t: TemplateInput) => /\{\{[a-z_]+\}\}/.test(bodyText(t));
    expect(some((t) => named(t) && t.parameter_format === "NAMED")).toBe(true);
    expect(some((t) => named(t) && t.parameter_format === undefined)).toBe(true);
    expect(some((t) => named(t) && (find(t, "BODY")?.example?.body_text_named_params?.length ?? 0) > 0)).toBe(
      true,
    );
    expect(some((t) => named(t) && find(t, "BODY")?.example === undefined)).toBe(true);
    expect(some((t) => find(t, "HEADER")?.example?.header_text_named_params !== undefined)).toBe(true);
    const positional = (t: TemplateInput) => /\{\{\d+\}\}/.test(bodyText(t));
    expect(some((t) => positional(t) && t.parameter_format === "POSITIONAL")).toBe(true);
    expect(
      some((t) => positional(t) && !t.parameter_format && find(t, "BODY")?.example?.body_text !== undefined),
    ).toBe(true);
    expect(some((t) => positional(t) && find(t, "BODY")?.example === undefined)).toBe(true);
  });

  it("covers every button type and URL variants", () => {
    const buttons = all.flatMap((t) => buttonsOf(deepComps(t)));
    const types = new Set(buttons.map((b) => b.type));
    for (const b of [
      "QUICK_REPLY",
      "URL",
      "PHONE_NUMBER",
      "COPY_CODE",
      "FLOW",
      "OTP",
      "CATALOG",
      "MPM",
      "SPM",
      "VOICE_CALL",
    ]) {
      expect(types, b).toContain(b);
    }
    expect(buttons.some((b) => b.type === "URL" && !b.url?.includes("{{"))).toBe(true);
    expect(
      buttons.some((b) => b.type === "URL" && b.url?.endsWith("{{1}}") && Array.isArray(b.example)),
    ).toBe(true);
    expect(
      buttons.some(
        (b) =>
          b.type === "URL" && b.url === "https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code=otp{{1}}",
      ),
    ).toBe(true);
    expect(buttons.some((b) => b.type === "FLOW" && b.flow_id)).toBe(true);
  });

  it("has 4–10 button templates and the invalid QR, URL, QR order", () => {
    const counts = all.map((t) => buttonsOf(comps(t)).length);
    expect(counts.some((n) => n >= 4 && n < 10)).toBe(true);
    expect(counts).toContain(10);
    expect(counts.every((n) => n <= 10)).toBe(true);
    expect(
      some(
        (t) =>
          buttonsOf(comps(t))
            .map((b) => b.type)
            .join(",") === "QUICK_REPLY,URL,QUICK_REPLY",
      ),
    ).toBe(true);
  });

  it("has carousels of 2–10 cards, each with an image/video HEADER, BODY and BUTTONS", () => {
    const carousels = all.flatMap((t) => comps(t).filter((c) => c.type === "CAROUSEL"));
    expect(carousels.length).toBeGreaterThan(10);
    const sizes = new Set<number>();
    let video = false;
    for (const c of carousels) {
      const cards = c.cards ?? [];
      sizes.add(cards.length);
      expect(cards.length).toBeGreaterThanOrEqual(2);
      expect(cards.length).toBeLessThanOrEqual(10);
      for (const card of cards) {
        expect(card.components.map((x) => x.type)).toEqual(["HEADER", "BODY", "BUTTONS"]);
        const fmt = card.components[0]?.format;
        expect(["IMAGE", "VIDEO"]).toContain(fmt);
        if (fmt === "VIDEO") video = true;
        expect((card.components[1]?.text ?? "").length).toBeLessThanOrEqual(160);
        expect((card.components[2]?.buttons ?? []).length).toBeLessThanOrEqual(2);
      }
    }
    expect(video).toBe(true);
    expect(sizes).toContain(2);
    expect(sizes).toContain(10);
  });

  it("has limited-time offers with COPY_CODE + URL and no footer", () => {
    const ltos = all.filter((t) => find(t, "LIMITED_TIME_OFFER"));
    expect(ltos.length).toBeGreaterThan(3);
    for (const t of ltos) {
      expect(find(t, "LIMITED_TIME_OFFER")?.limited_time_offer?.has_expiration).toBe(true);
      expect(find(t, "FOOTER")).toBeUndefined();
      expect(buttonsOf(comps(t)).map((b) => b.type)).toEqual(["COPY_CODE", "URL"]);
      expect(bodyText(t).length).toBeLessThanOrEqual(600);
    }
  });

  it("has AUTHENTICATION templates with security recommendation, expiry footer and OTP button", () => {
    const auth = all.filter((t) => t.category === "AUTHENTICATION");
    expect(auth.length).toBeGreaterThan(20);
    expect(
      some(
        (t) =>
          bodyText(t) === "*{{1}}* is your verification code. For your security, do not share this code.",
      ),
    ).toBe(true);
    expect(auth.every((t) => find(t, "BODY")?.add_security_recommendation === true)).toBe(true);
    expect(auth.some((t) => find(t, "FOOTER")?.code_expiration_minutes === 10)).toBe(true);
    expect(
      auth.some((t) => buttonsOf(comps(t)).some((b) => b.type === "OTP" && b.otp_type === "ONE_TAP")),
    ).toBe(true);
  });

  it("has exactly one template with an unknown component type and one with an unknown button type in acme", () => {
    const known = new Set(["HEADER", "BODY", "FOOTER", "BUTTONS", "CAROUSEL", "LIMITED_TIME_OFFER"]);
    const acme = dataset.accounts[0]?.templates ?? [];
    expect(acme.filter((t) => comps(t).some((c) => !known.has(c.type)))).toHaveLength(1);
    const knownButtons = new Set([
      "QUICK_REPLY",
      "URL",
      "PHONE_NUMBER",
      "COPY_CODE",
      "FLOW",
      "OTP",
      "CATALOG",
      "MPM",
      "SPM",
      "VOICE_CALL",
    ]);
    expect(acme.filter((t) => buttonsOf(comps(t)).some((b) => !knownButtons.has(b.type)))).toHaveLength(1);
  });

  it("uses WhatsApp formatting, newlines and emoji in bodies", () => {
    const bodies = all.map(bodyText);
    for (const [label, re] of [
      ["bold", /\*[^*\n]+\*/],
      ["italic", /_[^_\n]+_/],
      ["strike", /~[^~\n]+~/],
      ["mono", /```[^`]+```/],
      ["inline code", /(^|[^`])`[^`\n]+`(?!`)/],
      ["bullet list", /(^|\n)- /],
      ["numbered list", /(^|\n)1\. /],
      ["quote", /(^|\n)> /],
      ["newline", /\n/],
      ["emoji", /\p{Extended_Pictographic}/u],
    ] as const) {
      expect(
        bodies.some((b) => re.test(b)),
        label,
      ).toBe(true);
    }
  });

  it("has texts exactly at the documented limits and never above them", () => {
    const headers = all.flatMap((t) =>
      deepComps(t).filter((c) => c.type === "HEADER" && c.format === "TEXT"),
    );
    const footers = all.flatMap((t) => comps(t).filter((c) => c.type === "FOOTER"));
    const buttons = all.flatMap((t) => buttonsOf(deepComps(t)));
    const topBodies = all.map(bodyText);
    expect(topBodies).toContainEqual(expect.stringMatching(/^[\s\S]{1024}$/));
    expect(headers.map((h) => h.text?.length)).toContain(60);
    expect(footers.map((f) => f.text?.length)).toContain(60);
    expect(buttons.map((b) => b.text?.length)).toContain(25);
    expect(Math.max(...topBodies.map((b) => b.length))).toBeLessThanOrEqual(1024);
    expect(Math.max(...headers.map((h) => h.text?.length ?? 0))).toBeLessThanOrEqual(60);
    expect(Math.max(...footers.map((f) => f.text?.length ?? 0))).toBeLessThanOrEqual(60);
    for (const b of buttons) expect((b.text ?? "").length, b.text).toBeLessThanOrEqual(25);
    for (const t of all) {
      const lto = find(t, "LIMITED_TIME_OFFER")?.limited_time_offer?.text;
      if (lto !== undefined) expect(lto.length, lto).toBeLessThanOrEqual(16);
    }
  });

  it("has rejected templates with deliberate parameter problems", () => {
    const rejected = all.filter((t) => t.status === "REJECTED").map(bodyText);
    expect(rejected.some((b) => b.startsWith("{{"))).toBe(true);
    expect(rejected.some((b) => b.endsWith("}}"))).toBe(true);
    expect(rejected.some((b) => b.includes("}}{{"))).toBe(true);
    expect(rejected.some((b) => b.includes("{{1}}") && b.includes("{{3}}") && !b.includes("{{2}}"))).toBe(
      true,
    );
    expect(rejected.some((b) => /\{\{[#$][^}]*\}\}/.test(b))).toBe(true);
  });

  it("contains the XSS probes", () => {
    const text = JSON.stringify(dataset.accounts[0]?.templates);
    expect(text).toContain("<script>alert(1)</script>");
    expect(text).toContain("<img src=x onerror=alert(1)>");
    expect(
      some((t) => buttonsOf(comps(t)).some((b) => b.type === "URL" && b.url === "javascript:alert(1)")),
    ).toBe(true);
  });

  it("covers every language, with names in many languages (different ids)", () => {
    const langs = new Set(all.map((t) => t.language));
    for (const l of LANGUAGES) expect(langs, l).toContain(l);
    for (const a of wellFormed.slice(1)) {
      for (const l of LANGUAGES)
        expect(
          a.templates.some((t) => t.language === l),
          `${a.id} ${l}`,
        ).toBe(true);
    }
    const perName = new Map<string, number>();
    for (const t of dataset.accounts[2]?.templates ?? []) perName.set(t.name, (perName.get(t.name) ?? 0) + 1);
    expect([...perName.values()].some((n) => n >= 8)).toBe(true);
    expect(
      dataset.accounts[0]?.templates.filter((t) => t.name === "order_confirmation").length,
    ).toBeGreaterThanOrEqual(4);
  });

  it("points media examples at the simulator, including one missing file", () => {
    const handles = all.flatMap((t) => deepComps(t).flatMap((c) => c.example?.header_handle ?? []));
    expect(handles.length).toBeGreaterThan(100);
    const files = new Set(handles.map((h) => h.replace(`${BASE}/media/`, "")));
    expect(handles.every((h) => h.startsWith(`${BASE}/media/`))).toBe(true);
    for (const f of files) {
      if (f !== MEDIA_FILES.missing) expect(MEDIA_FILE_NAMES, f).toContain(f);
    }
    expect(files).toContain(MEDIA_FILES.missing);
    expect(MEDIA_FILE_NAMES).not.toContain(MEDIA_FILES.missing);
  });
});

describe("oddities account", () => {
  const cases = odditiesCases(mediaUrlFactory(BASE));

  it("serves every case exactly as written", () => {
    expect(dataset.accounts[3]?.templates).toEqual(cases.map((c) => c.template));
  });

  it("each case is read by the console as documented in its expectation", () => {
    for (const c of cases) {
      const result = readTemplate(c.template, templateSchema);
      const label = String(c.template.name ?? c.template.id);
      expect(result.ok, label).toBe(c.expect.listed);
      if (!result.ok) continue;
      const issues = result.template.console_read?.issues.map((i) => i.path) ?? [];
      expect(issues.sort(), label).toEqual([...c.expect.issues].sort());
      if (c.expect.status) expect(result.template.status, label).toBe(c.expect.status);
      if (c.expect.category) expect(result.template.category, label).toBe(c.expect.category);
    }
  });

  it("has at least one case of every oddity, and some that are not strictly valid", () => {
    expect(cases.filter((c) => !c.expect.listed).length).toBeGreaterThanOrEqual(2);
    expect(cases.filter((c) => c.expect.issues.length > 0).length).toBeGreaterThanOrEqual(4);
    expect(cases.filter((c) => !templateSchema.safeParse(c.template).success).length).toBeGreaterThanOrEqual(
      8,
    );
  });
});

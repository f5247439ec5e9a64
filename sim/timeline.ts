import type { TemplateInput } from "../lib/nxcloud/schemas";
import { ODDITIES_PROFILE } from "./dataset/oddities";
import { createRng, type Rng } from "./dataset/rng";
import type { SimAccount, SimDataset } from "./dataset/types";

/**
 * The simulator's timeline (SIM_TIMELINE=1): templates live realistic lives, driven by a clock
 * that can be virtual. A pure function of (seed, origin, liveFrom, t): replaying from `origin` to
 * any `t` always gives the same dataset, so a restarted simulator agrees with what the console
 * observed before.
 *
 * One spontaneous step every ~`historicalGapMs` (30 min) before `liveFrom` (a plausible pace for 90 days of
 * history) and every ~`liveGapMs` after it (so a person watching the demo sees activity). A step
 * picks an account, then a template, and moves it along Meta's life cycle:
 *   PENDING → APPROVED (GREEN) or REJECTED (with a reason)
 *   REJECTED → appeal / edit and resubmit → PENDING
 *   APPROVED: GREEN → YELLOW → RED (or back up); RED → PAUSED for 3 h the first time, 6 h the
 *   second (then APPROVED, YELLOW), DISABLED the third time
 *   UTILITY → MARKETING recategorisation, edits of the body, deletions, new templates (PENDING).
 */
export interface TimelineOptions {
  seed: number;
  /** Epoch ms where the timeline starts (the dataset as generated). */
  origin: number;
  /** Epoch ms from which the live pace applies. Default: origin. */
  liveFrom?: number;
  historicalGapMs?: number;
  liveGapMs?: number;
  /** Steps kept in `log` (newest). Default 1,000. */
  logLimit?: number;
}

export interface TimelineStep {
  at: number;
  account: string;
  templateId: string;
  what: string;
}

export interface Timeline {
  /** Applies every step up to `t` (inclusive); returns the ids of the accounts that changed. */
  advanceTo(t: number): Set<string>;
  /** Time of the last applied step's clock. */
  readonly now: number;
  /** When the next step is due. */
  readonly nextAt: number;
  /** Steps applied so far (newest last; capped to `logLimit`). */
  readonly log: readonly TimelineStep[];
}

const REJECTION_REASONS = [
  "INVALID_FORMAT",
  "TAG_CONTENT_MISMATCH",
  "ABUSIVE_CONTENT",
  "SCAM",
  "INCORRECT_CATEGORY",
];
const PAUSE_MS = [3 * 3_600_000, 6 * 3_600_000];

interface Pending {
  at: number;
  account: SimAccount;
  id: string;
}

export function createTimeline(dataset: SimDataset, options: TimelineOptions): Timeline {
  const rng: Rng = createRng((options.seed ^ 0x7131_e11e) >>> 0);
  const liveFrom = options.liveFrom ?? options.origin;
  const historicalGap = options.historicalGapMs ?? 30 * 60_000;
  const liveGap = options.liveGapMs ?? 60_000;
  const logLimit = options.logLimit ?? 1_000;
  const pauses = new Map<string, number>();
  const maxIds = new Map<string, bigint>();
  const resumes: Pending[] = [];
  const log: TimelineStep[] = [];
  let clock = options.origin;
  let nextStep = options.origin + gapAt(options.origin);
  let changed = new Set<string>();

  function gapAt(t: number) {
    const base = t < liveFrom ? historicalGap : liveGap;
    return Math.max(1_000, Math.round(base * (0.5 + rng.next())));
  }

  /** Larger accounts change more often, but not proportionally: ∝ √size keeps the small ones alive. */
  // The oddities account is a fixed specimen of malformed real-world data (its e2e counts every
  // case); its templates are not well-formed enough to live a life, so the timeline leaves it be.
  const living = dataset.accounts.filter((a) => a.id !== ODDITIES_PROFILE.id);
  function pickAccount(): SimAccount {
    const weights = living.map((a) => Math.sqrt(Math.max(1, a.templates.length)));
    let roll = rng.next() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < weights.length; i++) {
      roll -= weights[i] as number;
      if (roll < 0) return living[i] as SimAccount;
    }
    return living.at(-1) as SimAccount;
  }

  function record(at: number, account: SimAccount, id: string, what: string): true {
    changed.add(account.id);
    log.push({ at, account: account.id, templateId: id, what });
    if (log.length > logLimit) log.splice(0, log.length - logLimit);
    return true;
  }

  function replace(account: SimAccount, index: number, patch: Partial<TemplateInput>) {
    // A new object on every change: readers (and memoised hashes) keep the old one.
    account.templates[index] = { ...(account.templates[index] as TemplateInput), ...patch };
  }

  const quality = (score: string, at: number) => ({ score, date: Math.floor(at / 1000) });

  /** One spontaneous change; false when the picked template cannot move now. */
  function step(at: number): boolean {
    const account = pickAccount();
    if (account.templates.length === 0 || rng.chance(0.04)) return create(at, account);
    const index = rng.int(0, account.templates.length - 1);
    const t = account.templates[index] as TemplateInput;
    const id = String(t.id);
    const status = String(t.status).toUpperCase();
    const score = String(t.quality_score?.score ?? "UNKNOWN").toUpperCase();
    const roll = rng.next();
    if (status === "PENDING") {
      if (roll < 0.75) {
        replace(account, index, {
          status: "APPROVED",
          quality_score: quality("GREEN", at),
          rejected_reason: "NONE",
        });
        return record(at, account, id, "approved");
      }
      replace(account, index, { status: "REJECTED", rejected_reason: rng.pick(REJECTION_REASONS) });
      return record(at, account, id, "rejected");
    }
    if (status === "REJECTED") {
      if (roll < 0.5) {
        replace(account, index, { status: "PENDING" });
        return record(at, account, id, "appealed");
      }
      replace(account, index, { status: "PENDING", components: edited(t, at) });
      return record(at, account, id, "edited and resubmitted");
    }
    if (status === "APPROVED" || status === "ACTIVE") {
      if (roll < 0.06) {
        account.templates.splice(index, 1);
        return record(at, account, id, "deleted");
      }
      if (roll < 0.14 && String(t.category).toUpperCase() === "UTILITY") {
        replace(account, index, { category: "MARKETING", previous_category: "UTILITY" });
        return record(at, account, id, "recategorised UTILITY → MARKETING");
      }
      if (roll < 0.22) {
        replace(account, index, { components: edited(t, at) });
        return record(at, account, id, "edited");
      }
      const down = rng.chance(0.6);
      if (score === "GREEN" || score === "UNKNOWN") {
        if (score === "GREEN" && !down) return false;
        replace(account, index, { quality_score: quality(down ? "YELLOW" : "GREEN", at) });
        return record(at, account, id, down ? "quality → YELLOW" : "quality rated GREEN");
      }
      if (score === "YELLOW") {
        replace(account, index, { quality_score: quality(down ? "RED" : "GREEN", at) });
        return record(at, account, id, down ? "quality → RED" : "quality → GREEN");
      }
      if (score === "RED") {
        if (!down) {
          replace(account, index, { quality_score: quality("YELLOW", at) });
          return record(at, account, id, "quality → YELLOW");
        }
        const count = (pauses.get(id) ?? 0) + 1;
        pauses.set(id, count);
        if (count >= 3) {
          replace(account, index, { status: "DISABLED" });
          return record(at, account, id, "disabled (third pause)");
        }
        replace(account, index, { status: "PAUSED" });
        resumes.push({ at: at + (PAUSE_MS[count - 1] as number), account, id });
        resumes.sort((a, b) => a.at - b.at);
        return record(at, account, id, `paused (${count === 1 ? "3 h" : "6 h"})`);
      }
    }
    // PAUSED waits for its resume, DISABLED stays: nothing happens to them at random.
    return false;
  }

  function create(at: number, account: SimAccount): true {
    let max = maxIds.get(account.id);
    if (max === undefined) {
      max = 0n;
      for (const t of account.templates) {
        const s = String(t.id);
        if (/^\d{1,30}$/.test(s) && BigInt(s) > max) max = BigInt(s);
      }
    }
    maxIds.set(account.id, max + 1n);
    const id = String(max + 1n);
    const language = rng.pick(["en_US", "zh_CN", "es", "pt_BR", "id"]);
    const category = rng.pick(["UTILITY", "MARKETING"]);
    account.templates.unshift({
      id,
      name: `campaign_${id.slice(-6)}`,
      language,
      category,
      status: "PENDING",
      parameter_format: "POSITIONAL",
      components: [
        {
          type: "BODY",
          text: `Hello {{1}}, here is update ${id.slice(-4)}.`,
          example: { body_text: [["Ana"]] },
        },
      ],
    } as TemplateInput);
    return record(at, account, id, "created (PENDING)");
  }

  function edited(t: TemplateInput, at: number): TemplateInput["components"] {
    const components = (Array.isArray(t.components) ? t.components : []).map((c) => ({ ...c }));
    const body = components.find((c) => String(c.type).toUpperCase() === "BODY");
    const note = ` (rev ${new Date(at).toISOString().slice(0, 10)})`;
    if (body && typeof body.text === "string") body.text = body.text.replace(/ \(rev [^)]*\)$/, "") + note;
    else components.push({ type: "BODY", text: `Updated${note}` });
    return components;
  }

  function resume(p: Pending) {
    const index = p.account.templates.findIndex((t) => String(t.id) === p.id);
    if (index < 0) return;
    const t = p.account.templates[index] as TemplateInput;
    if (String(t.status).toUpperCase() !== "PAUSED") return;
    replace(p.account, index, { status: "APPROVED", quality_score: quality("YELLOW", p.at) });
    record(p.at, p.account, p.id, "unpaused");
  }

  return {
    advanceTo(t) {
      changed = new Set();
      for (;;) {
        const due = resumes[0];
        if (due && due.at <= t && due.at <= nextStep) {
          resumes.shift();
          clock = due.at;
          resume(due);
          continue;
        }
        if (nextStep > t) break;
        clock = nextStep;
        // A template that cannot move now (PAUSED, DISABLED, an unknown status): pick another.
        for (let attempt = 0; attempt < 5 && !step(nextStep); attempt++);
        const previous = nextStep;
        nextStep += gapAt(nextStep);
        // The live pace starts at liveFrom, not after a historical gap that crosses it.
        if (previous < liveFrom && nextStep > liveFrom) nextStep = liveFrom + gapAt(liveFrom);
      }
      clock = Math.max(clock, t);
      return changed;
    },
    get now() {
      return clock;
    },
    get nextAt() {
      return Math.min(nextStep, resumes[0]?.at ?? Number.POSITIVE_INFINITY);
    },
    log,
  };
}

/**
 * The side-by-side diff of two content versions of a template (pure): the text of header, body
 * and footer word by word, and the buttons added, removed or changed (matched by position and
 * type). Components are read loosely: versions are stored as NxCloud sent them.
 */

export type DiffSegment = { text: string; op: "same" | "del" | "ins" };
export interface TextDiff {
  part: "HEADER" | "BODY" | "FOOTER";
  before: DiffSegment[];
  after: DiffSegment[];
}
export interface ButtonDiff {
  change: "added" | "removed" | "changed";
  before: string | null;
  after: string | null;
}
export interface ComponentDiff {
  texts: TextDiff[];
  buttons: ButtonDiff[];
}

interface LooseComponent {
  type?: unknown;
  text?: unknown;
  buttons?: unknown;
}

const PARTS = ["HEADER", "BODY", "FOOTER"] as const;

function textOf(components: readonly unknown[], part: string): string {
  const c = components.find(
    (x) =>
      typeof (x as LooseComponent)?.type === "string" &&
      ((x as LooseComponent).type as string).toUpperCase() === part,
  ) as LooseComponent | undefined;
  return typeof c?.text === "string" ? c.text : "";
}

function buttonsOf(components: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const c of components) {
    const buttons = (c as LooseComponent)?.buttons;
    if (!Array.isArray(buttons)) continue;
    for (const b of buttons) {
      const { type, text, url, phone_number } = (b ?? {}) as Record<string, unknown>;
      const target = typeof url === "string" ? url : typeof phone_number === "string" ? phone_number : "";
      out.push([type, text, target].filter((v) => typeof v === "string" && v !== "").join(" · "));
    }
  }
  return out;
}

/** Words and the whitespace between them, so joining the tokens gives the text back. */
function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/gu) ?? [];
}

/** Word diff by longest common subsequence (texts of templates are short: ≤ 1,024 characters). */
export function diffWords(before: string, after: string): { before: DiffSegment[]; after: DiffSegment[] } {
  const a = tokens(before);
  const b = tokens(after);
  const n = a.length;
  const m = b.length;
  const lcs: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = lcs[i] as Uint16Array;
    const next = lcs[i + 1] as Uint16Array;
    for (let j = m - 1; j >= 0; j--)
      row[j] =
        a[i] === b[j] ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number);
  }
  const left: DiffSegment[] = [];
  const right: DiffSegment[] = [];
  const push = (list: DiffSegment[], text: string, op: DiffSegment["op"]) => {
    const last = list[list.length - 1];
    if (last && last.op === op) last.text += text;
    else list.push({ text, op });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      push(left, a[i] as string, "same");
      push(right, b[j] as string, "same");
      i++;
      j++;
    } else if (
      j < m &&
      (i >= n || ((lcs[i] as Uint16Array)[j + 1] as number) >= ((lcs[i + 1] as Uint16Array)[j] as number))
    ) {
      push(right, b[j] as string, "ins");
      j++;
    } else {
      push(left, a[i] as string, "del");
      i++;
    }
  }
  return { before: left, after: right };
}

export function diffComponents(before: readonly unknown[], after: readonly unknown[]): ComponentDiff {
  const texts: TextDiff[] = [];
  for (const part of PARTS) {
    const x = textOf(before, part);
    const y = textOf(after, part);
    if (x !== y) texts.push({ part, ...diffWords(x, y) });
  }
  const bx = buttonsOf(before);
  const by = buttonsOf(after);
  const buttons: ButtonDiff[] = [];
  for (let k = 0; k < Math.max(bx.length, by.length); k++) {
    const x = bx[k] ?? null;
    const y = by[k] ?? null;
    if (x === y) continue;
    buttons.push({ change: x === null ? "added" : y === null ? "removed" : "changed", before: x, after: y });
  }
  return { texts, buttons };
}

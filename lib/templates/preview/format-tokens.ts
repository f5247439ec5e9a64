import { findVariables, noExamples, type VariableResolver } from "./variables";

/**
 * WhatsApp text formatting → plain data (never HTML). Template text is untrusted: the components
 * draw these runs as text nodes, so nothing here is ever interpreted as markup.
 *
 * Rules (WhatsApp FAQ "How to format your messages", reference §3.10, as WhatsApp clients apply them):
 * - `*bold*`, `_italic_`, `~strike~`, `` `code` `` and ```` ```monospace``` ```` inside a line;
 *   styles nest (`*_bold italic_*`).
 * - A marker opens only at a word boundary (start of line, after whitespace or punctuation) and
 *   when followed by a non-space; it closes only after a non-space and before a boundary (end of
 *   line, whitespace or punctuation). So `snake_case_names` and `2*3*4` stay literal.
 * - Markers pair up on the same line only; an unpaired marker is literal text.
 * - Nothing is formatted inside code or monospace.
 * - Line starts: `* ` / `- ` bullets, `1. ` numbered items, `> ` quotes. A line starting with
 *   ```` ``` ```` whose closing ```` ``` ```` is on a later line makes a multi-line monospace block.
 * - Variables (`{{1}}`, `{{name}}`) are atomic: a marker never matches inside one, and they keep
 *   the styles around them (WhatsApp substitutes parameters before formatting).
 * - Emoji and other astral characters pass through untouched (the text is walked by code point).
 */

export type InlineStyle = "bold" | "italic" | "strike" | "code" | "mono";

export interface TextRun {
  kind: "text";
  text: string;
  /** Outermost first; never contains duplicates. Empty = plain. */
  styles: InlineStyle[];
}

export interface VariableRun {
  kind: "variable";
  /** "1" for `{{1}}`, "first_name" for `{{first_name}}`. */
  name: string;
  /** The example value, or null: the UI draws a placeholder chip. */
  value: string | null;
  styles: InlineStyle[];
}

export type InlineRun = TextRun | VariableRun;

export interface BulletItem {
  marker: "*" | "-";
  runs: InlineRun[];
}

export interface NumberedItem {
  number: number;
  runs: InlineRun[];
}

/**
 * One block of a formatted text. A `line` is one source line (a `\n` ends it); an empty line has
 * `runs: []` and must still take up a line's height. Consecutive list items and quote lines are
 * grouped so they can be drawn as `<ul>`/`<ol>`/`<blockquote>`.
 */
export type FormatBlock =
  | { kind: "line"; runs: InlineRun[] }
  | { kind: "bulletList"; items: BulletItem[] }
  | { kind: "numberedList"; items: NumberedItem[] }
  | { kind: "quote"; lines: InlineRun[][] }
  /** Multi-line ```…``` block: no formatting inside, only text and variables (styles are empty). */
  | { kind: "monospace"; lines: InlineRun[][] };

export interface FormatOptions {
  /** Example value for a variable name; default: none (every variable is a placeholder). */
  resolve?: VariableResolver;
}

type Atom = { char: string } | { variable: string };

const MARKER_STYLE: Record<string, Exclude<InlineStyle, "mono">> = {
  "*": "bold",
  _: "italic",
  "~": "strike",
  "`": "code",
};

const WHITESPACE = /^\s$/u;
const PUNCTUATION_OR_SYMBOL = /^[\p{P}\p{S}]$/u;

function toAtoms(line: string): Atom[] {
  const atoms: Atom[] = [];
  let pos = 0;
  const pushChars = (s: string) => {
    for (const char of s) atoms.push({ char });
  };
  for (const v of findVariables(line)) {
    pushChars(line.slice(pos, v.start));
    atoms.push({ variable: v.name });
    pos = v.end;
  }
  pushChars(line.slice(pos));
  return atoms;
}

function charAt(atoms: Atom[], i: number): string | null {
  const a = atoms[i];
  return a && "char" in a ? a.char : null;
}

function isSpace(atoms: Atom[], i: number): boolean {
  const c = charAt(atoms, i);
  return c !== null && WHITESPACE.test(c);
}

/** Start/end of line, whitespace, punctuation or symbol (emoji included). A variable is word-like. */
function isBoundary(atoms: Atom[], i: number): boolean {
  if (i < 0 || i >= atoms.length) return true;
  const c = charAt(atoms, i);
  return c !== null && (WHITESPACE.test(c) || PUNCTUATION_OR_SYMBOL.test(c));
}

function isTriple(atoms: Atom[], i: number): boolean {
  return charAt(atoms, i) === "`" && charAt(atoms, i + 1) === "`" && charAt(atoms, i + 2) === "`";
}

/** First candidate ≥ min with candidate + width ≤ max (candidates sorted ascending). */
function firstCandidate(candidates: number[], min: number, max: number, width: number): number | null {
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((candidates[mid] as number) < min) lo = mid + 1;
    else hi = mid;
  }
  const found = candidates[lo];
  return found !== undefined && found + width <= max ? found : null;
}

class LineParser {
  private readonly closers = new Map<string, number[]>();
  private readonly tripleClosers: number[] = [];
  private readonly out: InlineRun[] = [];

  constructor(
    private readonly atoms: Atom[],
    private readonly resolve: VariableResolver,
  ) {
    // Closing validity depends only on neighbours, so candidates are computed once per line and
    // each opener finds its closer by binary search: no quadratic rescans on long, marker-heavy text.
    for (const m of Object.keys(MARKER_STYLE)) this.closers.set(m, []);
    atoms.forEach((_, j) => {
      const c = charAt(atoms, j);
      if (c === null) return;
      if (c === "`" && isTriple(atoms, j) && isBoundary(atoms, j + 3)) this.tripleClosers.push(j);
      if (c in MARKER_STYLE && j > 0 && !isSpace(atoms, j - 1) && isBoundary(atoms, j + 1)) {
        this.closers.get(c)?.push(j);
      }
    });
  }

  parse(): InlineRun[] {
    this.range(0, this.atoms.length, []);
    return mergeRuns(this.out);
  }

  private emit(atom: Atom, styles: InlineStyle[]) {
    if ("variable" in atom) {
      this.out.push({ kind: "variable", name: atom.variable, value: this.resolve(atom.variable), styles });
    } else {
      this.out.push({ kind: "text", text: atom.char, styles });
    }
  }

  private literal(from: number, to: number, styles: InlineStyle[]) {
    for (let k = from; k < to; k++) this.emit(this.atoms[k] as Atom, styles);
  }

  private range(lo: number, hi: number, styles: InlineStyle[]) {
    const atoms = this.atoms;
    let i = lo;
    while (i < hi) {
      const atom = atoms[i] as Atom;
      const c = charAt(atoms, i);
      if (c === "`" && i + 3 <= hi && isTriple(atoms, i)) {
        if (isBoundary(atoms, i - 1)) {
          const j = firstCandidate(this.tripleClosers, i + 4, hi, 3);
          if (j !== null) {
            this.literal(i + 3, j, withStyle(styles, "mono"));
            i = j + 3;
            continue;
          }
        }
        // An unpaired ``` stays literal as a whole; it never degrades into inline code.
        this.literal(i, i + 3, styles);
        i += 3;
        continue;
      }
      const style = c === null ? undefined : MARKER_STYLE[c];
      if (c !== null && style && isBoundary(atoms, i - 1) && i + 1 < hi && !isSpace(atoms, i + 1)) {
        const j = firstCandidate(this.closers.get(c) ?? [], i + 2, hi, 1);
        if (j !== null) {
          if (style === "code") this.literal(i + 1, j, withStyle(styles, "code"));
          else this.range(i + 1, j, withStyle(styles, style));
          i = j + 1;
          continue;
        }
      }
      this.emit(atom, styles);
      i++;
    }
  }
}

function withStyle(styles: InlineStyle[], style: InlineStyle): InlineStyle[] {
  return styles.includes(style) ? styles : [...styles, style];
}

function sameStyles(a: InlineStyle[], b: InlineStyle[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

function mergeRuns(runs: InlineRun[]): InlineRun[] {
  const merged: InlineRun[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (run.kind === "text" && last?.kind === "text" && sameStyles(last.styles, run.styles)) {
      merged[merged.length - 1] = { ...last, text: last.text + run.text };
    } else {
      merged.push(run);
    }
  }
  return merged;
}

/** One line with inline formatting (no block syntax). */
export function parseInline(line: string, options: FormatOptions = {}): InlineRun[] {
  if (line === "") return [];
  return new LineParser(toAtoms(line), options.resolve ?? noExamples).parse();
}

/**
 * Text without formatting (header, footer, button labels): only variables are picked out. Newlines
 * stay inside the text runs.
 */
export function parsePlain(text: string, options: FormatOptions = {}): InlineRun[] {
  if (text === "") return [];
  const resolve = options.resolve ?? noExamples;
  const runs: InlineRun[] = [];
  let pos = 0;
  for (const v of findVariables(text)) {
    if (v.start > pos) runs.push({ kind: "text", text: text.slice(pos, v.start), styles: [] });
    runs.push({ kind: "variable", name: v.name, value: resolve(v.name), styles: [] });
    pos = v.end;
  }
  if (pos < text.length) runs.push({ kind: "text", text: text.slice(pos), styles: [] });
  return runs;
}

const BULLET = /^([*-]) (.*)$/s;
const NUMBERED = /^(\d{1,9})\. (.*)$/s;
const QUOTE = /^> ?(.*)$/s;
const FENCE = "```";

/** The whole text → blocks. `\r\n` and `\r` count as line breaks; empty lines are kept. */
export function parseWhatsAppText(
  text: string | null | undefined,
  options: FormatOptions = {},
): FormatBlock[] {
  if (!text) return [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const blocks: FormatBlock[] = [];
  const plainLine = (s: string) => parsePlain(s, options);

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;

    if (line.startsWith(FENCE) && !line.slice(3).includes(FENCE)) {
      const close = lines.findIndex((l, k) => k > i && l.includes(FENCE));
      if (close > i) {
        const closing = lines[close] as string;
        const at = closing.indexOf(FENCE);
        const content = [line.slice(3), ...lines.slice(i + 1, close), closing.slice(0, at)];
        // A fence alone on its line (```\ncode\n```) adds no empty line of its own.
        if (content[0] === "") content.shift();
        if (content.at(-1) === "" && content.length > 0 && at === 0) content.pop();
        blocks.push({ kind: "monospace", lines: content.map(plainLine) });
        const after = closing.slice(at + 3);
        if (after !== "") pushLine(blocks, after, options);
        i = close;
        continue;
      }
    }
    pushLine(blocks, line, options);
  }
  return blocks;
}

function pushLine(blocks: FormatBlock[], line: string, options: FormatOptions) {
  const last = blocks.at(-1);
  const bullet = BULLET.exec(line);
  if (bullet) {
    const item: BulletItem = { marker: bullet[1] as "*" | "-", runs: parseInline(bullet[2] ?? "", options) };
    if (last?.kind === "bulletList") last.items.push(item);
    else blocks.push({ kind: "bulletList", items: [item] });
    return;
  }
  const numbered = NUMBERED.exec(line);
  if (numbered) {
    const item: NumberedItem = { number: Number(numbered[1]), runs: parseInline(numbered[2] ?? "", options) };
    if (last?.kind === "numberedList") last.items.push(item);
    else blocks.push({ kind: "numberedList", items: [item] });
    return;
  }
  const quote = line.startsWith("> ") ? QUOTE.exec(line) : null;
  if (quote) {
    const runs = parseInline(quote[1] ?? "", options);
    if (last?.kind === "quote") last.lines.push(runs);
    else blocks.push({ kind: "quote", lines: [runs] });
    return;
  }
  blocks.push({ kind: "line", runs: parseInline(line, options) });
}

/** Plain text of runs with variables as their values (or `{{name}}`): for search, titles, tests. */
export function runsToText(runs: readonly InlineRun[]): string {
  return runs.map((r) => (r.kind === "text" ? r.text : (r.value ?? `{{${r.name}}}`))).join("");
}

/** Plain text of blocks, one source line per line. */
export function blocksToText(blocks: readonly FormatBlock[]): string {
  const lines: string[] = [];
  for (const b of blocks) {
    if (b.kind === "line") lines.push(runsToText(b.runs));
    else if (b.kind === "bulletList")
      for (const it of b.items) lines.push(`${it.marker} ${runsToText(it.runs)}`);
    else if (b.kind === "numberedList")
      for (const it of b.items) lines.push(`${it.number}. ${runsToText(it.runs)}`);
    else if (b.kind === "quote") for (const l of b.lines) lines.push(`> ${runsToText(l)}`);
    else for (const l of b.lines) lines.push(runsToText(l));
  }
  return lines.join("\n");
}

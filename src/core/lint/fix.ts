import type * as Yaml from 'yaml';
import { yamlPackage } from '../strategy/yaml-load.js';
import type { Path } from '../strategy/types.js';
import type { LintResult } from './diagnostic.js';
import type { MessagePart } from './messages.js';

/** How a fix changes the strategy: `problem` and `layout` fixes are safe to apply; a `suggestion` needs the user's judgement. */
export type FixType = 'problem' | 'suggestion' | 'layout';
export const FIX_TYPES: readonly FixType[] = ['problem', 'suggestion', 'layout'];
/** What `--fix` applies when no --fix-type is given. */
export const SAFE_FIX_TYPES: readonly FixType[] = ['problem', 'layout'];

/** One edit of the source text: the characters from `range[0]` up to `range[1]` become `text`. */
export interface TextEdit {
  range: [number, number];
  text: string;
}

export interface Fix extends TextEdit {
  type: FixType;
  /** What the edit does, in the user's words ("Rename the key to usp"). */
  desc?: string;
}

export interface Suggestion extends TextEdit {
  desc: string;
}

/**
 * A fix as a rule reports it: data, at a path of the strategy, never text offsets the rule had to work out.
 * - `value`: the node at `path` (default: the report's path) becomes this value, written in the node's own
 *   quoting style; with `target: 'key'`, the key is renamed.
 * - `order`: the items of the list at `path` are put in this order (indexes of the current items), each
 *   item's text moving whole, the dashes, indentation and comments between items staying where they are.
 * - `range`: raw offsets into the text, for the rare rule that reads the text itself (comments, modelines).
 */
export type FixSpec = {
  /** What the edit does: a phrase of the rule's message table (shown in the user's language), or words as they are. */
  desc?: MessagePart | string;
} & (
  | { value: string | number; path?: Path; target?: 'key' | 'value' }
  | { order: number[]; path?: Path }
  | { range: [number, number]; text: string }
);

/** Turns a rule's fix into an edit of the text; undefined when the file does not have the node it names. */
export function resolveFix(spec: FixSpec, at: { path: Path; target?: 'key' | 'value' }, doc: FixDocument): TextEdit | undefined {
  if ('range' in spec) return { range: spec.range, text: spec.text };
  const path = spec.path ?? at.path;
  if ('order' in spec) return doc.reorder(path, spec.order);
  return doc.replace(path, 'target' in spec && spec.target ? spec.target : spec.path ? 'value' : at.target ?? 'value', spec.value);
}

/** The nodes of the text as the `yaml` package reads them, with the offsets that fixes splice at. */
export class FixDocument {
  private readonly yaml = yamlPackage();
  private readonly doc: Yaml.Document;

  constructor(private readonly text: string) {
    this.doc = this.yaml.parseDocument(text, { prettyErrors: false, logLevel: 'silent', uniqueKeys: false, version: '1.2' });
  }

  private find(path: Path): { node: Yaml.Node | null; key?: Yaml.Node } | undefined {
    const { isMap, isScalar, isSeq } = this.yaml;
    let node = this.doc.contents as Yaml.Node | null;
    let key: Yaml.Node | undefined;
    for (const segment of path) {
      key = undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) return undefined;
        key = pair.key as Yaml.Node;
        node = pair.value as Yaml.Node | null;
      } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
        node = node.items[segment] as Yaml.Node | null;
      } else {
        return undefined;
      }
    }
    return { node, ...(key ? { key } : {}) };
  }

  replace(path: Path, target: 'key' | 'value', value: string | number): TextEdit | undefined {
    const found = this.find(path);
    const node = target === 'key' ? found?.key : found?.node;
    if (!node?.range || !this.yaml.isScalar(node)) return undefined;
    const [start, end] = node.range;
    return { range: [start, end], text: this.scalar(value, node, target) };
  }

  /** The value written as YAML: numbers as they are, text in the node's quoting style where it allows. */
  private scalar(value: string | number, node: Yaml.Scalar, target: 'key' | 'value'): string {
    if (typeof value === 'number') return String(value);
    const style = node.type;
    if (style === 'QUOTE_DOUBLE') return JSON.stringify(value);
    if (style === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
    // Plain where plain YAML reads back the same text; quoted otherwise.
    const plain = this.yaml.parse(`${target === 'key' ? value : `k: ${value}`}`, { logLevel: 'silent' }) as unknown;
    const reads = target === 'key' ? plain === value : typeof plain === 'object' && plain !== null && (plain as Record<string, unknown>).k === value;
    return reads && !/[\n#]|^\s|\s$/.test(value) ? value : JSON.stringify(value);
  }

  reorder(path: Path, order: number[]): TextEdit | undefined {
    const found = this.find(path);
    const seq = found?.node;
    if (!seq || !this.yaml.isSeq(seq)) return undefined;
    const items = seq.items as (Yaml.Node | null)[];
    if (order.length !== items.length || new Set(order).size !== order.length || order.some((i) => !(i >= 0 && i < items.length))) return undefined;
    const spans: [number, number][] = [];
    for (const item of items) {
      if (!item?.range) return undefined;
      let end = item.range[1];
      while (end > item.range[0] && /\s/.test(this.text[end - 1]!)) end--;
      // The item ends at the line break after its last line: spaces ending that line (a comment's too) stay with it.
      const lineBreak = this.text.slice(end, item.range[1]).search(/\r?\n/);
      if (lineBreak > 0) end += lineBreak;
      spans.push([item.range[0], end]);
    }
    const first = spans[0]![0];
    const last = spans[spans.length - 1]![1];
    let text = '';
    spans.forEach(([, end], i) => {
      const [from, to] = spans[order[i]!]!;
      text += this.text.slice(from, to);
      if (i < spans.length - 1) text += this.text.slice(end, spans[i + 1]![0]);
    });
    return { range: [first, last], text };
  }
}

export interface FixOptions {
  /** Which fixes to apply (default: problem and layout; suggestions only when named). */
  types?: readonly FixType[];
  /** At most this many passes (default 10). */
  maxPasses?: number;
}

export interface FixOutcome {
  /** The fixed text (the input itself when nothing applied). */
  output: string;
  /** How many edits were applied, over every pass. */
  applied: number;
  /** The lint result of `output`: what is left. */
  result: LintResult;
}

/**
 * Applies fixes in passes: each pass lints, takes the edits that do not overlap (the others wait for the next
 * pass, on the text as it is then), and splices them into the text; it stops when no edit applies, after
 * `maxPasses` passes, or before a pass that would break the YAML.
 */
export function applyFixes(text: string, lintText: (text: string) => LintResult, options: FixOptions = {}): FixOutcome {
  const types = new Set(options.types ?? SAFE_FIX_TYPES);
  const maxPasses = options.maxPasses ?? 10;
  let output = text;
  let result = lintText(output);
  let applied = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const edits = chooseEdits(result, types);
    if (!edits.length) break;
    const next = splice(output, edits);
    if (next === output) break;
    const nextResult = lintText(next);
    // A fix never turns readable YAML into unreadable YAML: such a pass is dropped, with everything after it.
    const syntax = (r: LintResult) => r.diagnostics.filter((d) => d.ruleId === 'yaml-syntax' && d.severity === 'error').length;
    if (syntax(nextResult) > syntax(result)) break;
    output = next;
    result = nextResult;
    applied += edits.length;
  }
  return { output, applied, result };
}

function chooseEdits(result: LintResult, types: Set<FixType>): TextEdit[] {
  const candidates: TextEdit[] = [];
  for (const d of result.diagnostics) {
    if (d.fix && types.has(d.fix.type)) candidates.push(d.fix);
    else if (!d.fix && types.has('suggestion') && d.suggestions?.[0]) candidates.push(d.suggestions[0]);
  }
  candidates.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const chosen: TextEdit[] = [];
  let end = -1;
  let start = -1;
  for (const edit of candidates) {
    // Overlapping, or two edits at the same place: only the first applies in this pass.
    if (edit.range[0] < end || edit.range[0] === start) continue;
    chosen.push(edit);
    start = edit.range[0];
    end = edit.range[1];
  }
  return chosen;
}

/** Applies non-overlapping edits, sorted by start, from the end so earlier offsets stay valid. */
export function splice(text: string, edits: readonly TextEdit[]): string {
  let output = text;
  for (let i = edits.length - 1; i >= 0; i--) {
    const { range, text: insert } = edits[i]!;
    output = output.slice(0, range[0]) + insert + output.slice(range[1]);
  }
  return output;
}

import type { LintStrategy } from '../strategy/sanitize.js';
import type { Path } from '../strategy/types.js';
import type { Severity, SeveritySetting } from './diagnostic.js';
import type { FixSpec, FixType } from './fix.js';

export type Preset = 'recommended' | 'strict';
export const PRESETS: readonly Preset[] = ['recommended', 'strict'];

export type { LintStrategy } from '../strategy/sanitize.js';

export type MessageData = Record<string, string | number>;

export interface Report<M extends string> {
  messageId: M;
  data?: MessageData;
  path: Path;
  /** Point at the key rather than its value. */
  target?: 'key' | 'value';
  /** A milder severity for this finding than the rule's configured one (never a stronger one). */
  severity?: Severity;
  /** Offsets into the text, for a finding that is not about a node (a comment): shown there instead of at `path`. */
  at?: [number, number];
  /** The edit that fixes it, applied by --fix (the rule declares `fixable`). */
  fix?: FixSpec;
  /** Edits that need the user's judgement, each with what it does: offered by the editor. */
  suggest?: (FixSpec & { desc: string })[];
}

export interface RuleContext<M extends string, O> {
  strategy: LintStrategy;
  options: O;
  report(report: Report<M>): void;
  /** True when the file gives a value at this path, valid or not. */
  provided(path: Path): boolean;
  /** True when the schema rejected the node at this path (it is absent from `strategy`). */
  rejected(path: Path): boolean;
  /** The document as written, before the schema's rejections: for recognising what the schema already reported. */
  raw: unknown;
  /** The text as read (after a byte-order mark), for the rare rule about comments. */
  text: string;
  /** Today's date (YYYY-MM-DD) as the caller gave it (the CLI gives the real date); undefined when none was given. */
  today?: string | undefined;
}

export interface RuleDefinition<M extends string, O> {
  id: string;
  description: string;
  severity: Record<Preset, SeveritySetting>;
  messages: Record<M, string>;
  /** JSON Schema of the rule's options, checked by ajv when the configuration is read. */
  options?: Record<string, unknown> | null;
  defaultOptions?: O;
  /** The kind of fix the rule reports, if it reports any. */
  fixable?: FixType;
  check(context: RuleContext<M, O>): void;
}

export interface Rule<M extends string = string, O = unknown> extends RuleDefinition<M, O> {
  docsUrl: string;
}

export const DOCS_BASE = 'https://mcm.dev/docs/rules/';

export function defineRule<M extends string, O = undefined>(definition: RuleDefinition<M, O>): Rule<M, O> {
  return { ...definition, docsUrl: `${DOCS_BASE}${definition.id}` };
}

/** Fills `{{name}}` placeholders. */
export function interpolate(template: string, data: MessageData = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => (name in data ? String(data[name]) : match));
}

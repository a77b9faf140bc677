import type { LintStrategy } from '../strategy/sanitize.js';
import type { Path, SourceRange } from '../strategy/types.js';
import type { Severity, SeveritySetting } from './diagnostic.js';
import type { FixSpec, FixType } from './fix.js';
import type { MessageData } from './messages.js';

export type Preset = 'recommended' | 'strict';
export const PRESETS: readonly Preset[] = ['recommended', 'strict'];

export type { LintStrategy } from '../strategy/sanitize.js';

export type { MessageData, MessageList, MessagePart, MessageTerm, MessageValue } from './messages.js';

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
  suggest?: (FixSpec & { desc: NonNullable<FixSpec['desc']> })[];
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
  /** Where the node at a path is written. */
  locate?(path: Path, target?: 'key' | 'value'): SourceRange;
}

export interface RuleDefinition<M extends string, O> {
  /** kebab-case; a plugin's rules carry its name as a namespace: `acme/utm-on-every-link`. */
  id: string;
  description: string;
  severity: Record<Preset, SeveritySetting>;
  /** Every sentence the rule can say, by messageId; `{{name}}` is filled from the report's data. */
  messages: Record<M, string>;
  /** JSON Schema of the rule's options, checked by ajv when the configuration is read. */
  options?: Record<string, unknown> | null;
  defaultOptions?: O;
  /** The kind of fix the rule reports, if it reports any. */
  fixable?: FixType;
  /** The rule's documentation page; built-in rules get theirs from the id. */
  docsUrl?: string;
  check(context: RuleContext<M, O>): void;
}

export interface Rule<M extends string = string, O = unknown> extends RuleDefinition<M, O> {
  docsUrl: string | undefined;
}

export const DOCS_BASE = 'https://mcm.dev/docs/rules/';

/** A rule id: kebab-case, optionally after one kebab-case namespace and a slash. */
export const RULE_ID = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Declares a rule; its `messageId`s are typed by its message table. Throws on an id that is not kebab-case. */
export function defineRule<M extends string, O = undefined>(definition: RuleDefinition<M, O>): Rule<M, O> {
  if (!RULE_ID.test(definition.id)) throw new Error(`"${definition.id}" is not a rule id: use kebab-case, with an optional namespace (acme/utm-on-every-link).`);
  const namespaced = definition.id.includes('/');
  return { ...definition, docsUrl: definition.docsUrl ?? (namespaced ? undefined : `${DOCS_BASE}${definition.id}`) };
}

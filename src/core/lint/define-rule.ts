import type { Channel, FunnelStage, Journey, Path, Persona, SourceRange, Strategy } from '../strategy/types.js';
import type { Severity, SeveritySetting } from './diagnostic.js';

export type Preset = 'recommended' | 'strict';
export const PRESETS: readonly Preset[] = ['recommended', 'strict'];

/**
 * The strategy as rules see it: every node the schema rejected is left out, so a rule never reports again
 * what the schema already did. Lists keep their indexes (rejected items leave holes): iterate them with
 * forEach, filter, some or every; never with for…of, spread, Array.from or new Set(list.map(…)), which turn
 * holes into undefined (use list.filter(Boolean) first when you need a dense list).
 */
export type LintStrategy = Partial<Omit<Strategy, 'personas' | 'channels' | 'funnel' | 'journeys'>> & {
  personas: Persona[];
  channels: Channel[];
  funnel: FunnelStage[];
  journeys: Journey[];
};

export type MessageData = Record<string, string | number>;

export interface Report<M extends string> {
  messageId: M;
  data?: MessageData;
  path: Path;
  /** Point at the key rather than its value. */
  target?: 'key' | 'value';
  /** A milder severity for this finding than the rule's configured one (never a stronger one). */
  severity?: Severity;
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
  /** The file's text, for rules about how a value is written rather than what it is. */
  text?: string;
  /** Where the node at a path is written. */
  locate?(path: Path, target?: 'key' | 'value'): SourceRange;
}

export interface RuleDefinition<M extends string, O> {
  id: string;
  description: string;
  severity: Record<Preset, SeveritySetting>;
  messages: Record<M, string>;
  /** JSON Schema of the rule's options, checked by ajv when the configuration is read. */
  options?: Record<string, unknown> | null;
  defaultOptions?: O;
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

import type { Path } from '../strategy/types.js';
import type { Preset } from './define-rule.js';
import type { MessageData } from './messages.js';
import type { Fix, Suggestion } from './fix.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface Diagnostic {
  ruleId: string;
  /** The key of the message in the rule's table (and, with the rule id, in every locale's catalogue). */
  messageId: string;
  /** The values the message was filled with. */
  data?: MessageData;
  /** Plain text in the user's words, no ANSI. */
  message: string;
  severity: Severity;
  file: string;
  path: Path;
  /** JSON Pointer of `path`. */
  pointer: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  docsUrl?: string;
  /** The edit that fixes it (offsets into the text as read), applied by --fix. */
  fix?: Fix;
  /** Edits that need the user's judgement: offered by the editor, applied by --fix-type suggestion. */
  suggestions?: Suggestion[];
}

export interface LintResult {
  file: string;
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** The rules that were on for this file (JUnit lists one test case per rule that ran). */
  ruleIds?: string[];
  /** Every rule of the ruleset this file was linted with, on or off (SARIF lists them). */
  rules?: RuleInfo[];
  /** With --fix or --fix-dry-run, when a fix changed the file: its text after the fixes. */
  output?: string;
}

/** What a report needs to know of a rule that took part in a lint. */
export interface RuleInfo {
  id: string;
  description: string;
  docsUrl?: string;
  /** The rule's default severity in each preset. */
  severity: Record<Preset, SeveritySetting>;
  /** The severity it ran at; 'off' when it did not run. */
  setting: SeveritySetting;
}

export const SEVERITY_RANK: Record<SeveritySetting, number> = { off: 0, info: 1, warning: 2, error: 3 };

/** The milder of two severities. */
export function milder(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId)
    || compareText(a.message, b.message);
}

// Lowercase letters, digits, "-" and "/" sort the same by code unit as by localeCompare; the collator it
// creates on first use costs milliseconds that one file of one rule id never needs.
const PLAIN = /^[a-z0-9/-]*$/;

/** `a.localeCompare(b)`, without the collator where it cannot change the order. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  if (PLAIN.test(a) && PLAIN.test(b)) return a < b ? -1 : 1;
  return a.localeCompare(b);
}

export function countSeverities(file: string, diagnostics: Diagnostic[]): LintResult {
  const count = (s: Severity) => diagnostics.filter((d) => d.severity === s).length;
  return { file, diagnostics, errorCount: count('error'), warningCount: count('warning'), infoCount: count('info') };
}

import { readFileSync } from 'node:fs';
import { lint, type LintOptions } from '../src/core/lint/engine.js';

/** The SPEC §1 example: a clean strategy to start cases from. */
export const specExample = readFileSync(new URL('./fixtures/strategies/spec-example.yaml', import.meta.url), 'utf8');

/** Diagnostics as `line:column severity rule-id message` lines, the easiest form to compare exactly. */
export function lintLines(text: string, options: LintOptions = {}): string[] {
  return lint(text, options).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`);
}

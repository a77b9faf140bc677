import { deepStrictEqual } from 'node:assert/strict';
import yamlSyntax from '../rules/yaml-syntax.js';
import { loadStrategy } from '../strategy/load.js';
import type { Rule } from './define-rule.js';
import type { Diagnostic, Severity, SeveritySetting } from './diagnostic.js';
import { lint } from './engine.js';
import { applyFixes, FIX_TYPES } from './fix.js';
import { renderMessage } from './messages.js';
import { createRuleset, type Ruleset } from './ruleset.js';

export interface ExpectedDiagnostic {
  messageId: string;
  line: number;
  column: number;
  severity?: Severity;
  /** The exact message, when the test is about its wording. */
  text?: string;
  endLine?: number;
  endColumn?: number;
}

export interface ValidCase {
  code: string;
  options?: Record<string, unknown>;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedDiagnostic[];
  /** The text after --fix applies this rule's fixes; null when the rule fixes nothing here. */
  output?: string | null;
  /** The edits the rule suggests for its first diagnostic: what each does, and the text once it is applied. */
  suggestions?: { desc: string; output: string }[];
}

export interface TestCases {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

/** The test framework's functions (vitest, node:test, mocha, jest): each case becomes a test of its own. */
export interface TestFramework {
  describe(name: string, body: () => void): void;
  it(name: string, body: () => void): void;
}

export interface RuleTesterOptions {
  /** Applies the fixes of a lint run with `ruleset` to the text; by default mcm's own, as `mcm lint --fix` does. */
  fix?(code: string, ruleset: Ruleset): string;
}

function applyRuleFixes(code: string, ruleset: Ruleset): string {
  return applyFixes(code, (text) => lint(text, { ruleset })).output;
}

const EXPECTED_KEYS = new Set(['messageId', 'line', 'column', 'severity', 'text', 'endLine', 'endColumn']);

/**
 * Runs a rule over YAML cases, strictly: every case must be valid YAML, a valid case gives no diagnostic, an
 * invalid case gives exactly the listed ones (by messageId and position), every expected messageId is in the
 * rule's table, no message keeps a `{{placeholder}}`, no case is listed twice, and `output` is the fixed text.
 * The rule runs alone, at its recommended severity (or `warning` when that is off).
 */
export class RuleTester {
  constructor(private readonly framework?: TestFramework, private readonly options: RuleTesterOptions = {}) {}

  run(rule: Rule, cases: TestCases): void {
    const seen = new Set<string>();
    const valid = cases.valid.map((c) => (typeof c === 'string' ? { code: c } : c));
    const checks: [string, () => void][] = [
      ...valid.map((c, i): [string, () => void] => [`valid case ${i + 1}`, () => this.valid(rule, c)]),
      ...cases.invalid.map((c, i): [string, () => void] => [`invalid case ${i + 1}`, () => this.invalid(rule, c)]),
    ];
    for (const c of [...valid, ...cases.invalid]) {
      if (seen.has(c.code)) throw new Error(`Duplicate test case for ${rule.id}:\n${c.code}`);
      seen.add(c.code);
    }
    if (!this.framework) {
      for (const [, check] of checks) check();
      return;
    }
    this.framework.describe(rule.id, () => {
      for (const [name, check] of checks) this.framework!.it(name, check);
    });
  }

  private lint(rule: Rule, { code, options }: ValidCase): { found: Diagnostic[]; ruleset: Ruleset } {
    const problem = loadStrategy(code).source.problems.find((p) => p.severity === 'error');
    if (problem) {
      const why = renderMessage(yamlSyntax, problem.messageId, problem.data);
      throw new Error(`A case of ${rule.id} is not valid YAML (line ${problem.range.line}, column ${problem.range.column}: ${why}):\n${code}`);
    }
    const severity: SeveritySetting = rule.severity.recommended === 'off' ? 'warning' : rule.severity.recommended;
    // yaml-syntax runs too, so that a fix that breaks the YAML is seen as one.
    const ruleset = createRuleset(rule.id === yamlSyntax.id ? [rule] : [yamlSyntax, rule], { rules: { [rule.id]: options ? [severity, options] : severity } });
    return { found: lint(code, { ruleset }).diagnostics.filter((d) => d.ruleId === rule.id), ruleset };
  }

  private valid(rule: Rule, c: ValidCase): void {
    const { found } = this.lint(rule, c);
    deepStrictEqual(found.map((d) => `${d.line}:${d.column} ${d.messageId}: ${d.message}`), [], `A valid case of ${rule.id} gave diagnostics:\n${c.code}`);
  }

  private invalid(rule: Rule, c: InvalidCase): void {
    if (!c.errors.length) throw new Error(`An invalid case of ${rule.id} lists no expected diagnostic:\n${c.code}`);
    for (const want of c.errors) {
      const extra = Object.keys(want).filter((key) => !EXPECTED_KEYS.has(key));
      if (extra.length) throw new Error(`An expected diagnostic of ${rule.id} has ${extra.map((k) => `"${k}"`).join(', ')}: expect a messageId and a position (and "text" for the exact wording).`);
      if (!Object.hasOwn(rule.messages, want.messageId)) {
        throw new Error(`An invalid case of ${rule.id} expects the messageId "${want.messageId}", which the rule's table does not have (it has ${Object.keys(rule.messages).join(', ')}).`);
      }
    }
    const { found, ruleset } = this.lint(rule, c);
    if (!found.length) throw new Error(`An invalid case of ${rule.id} gave no diagnostic:\n${c.code}`);
    for (const d of found) if (d.message.includes('{{')) throw new Error(`A message of ${rule.id} keeps an unfilled placeholder: ${d.message}`);
    const actual = found.map((d, i) => {
      const want = c.errors[i];
      return {
        messageId: d.messageId, line: d.line, column: d.column,
        ...(want?.severity ? { severity: d.severity } : {}),
        ...(want?.text ? { text: d.message } : {}),
        ...(want?.endLine ? { endLine: d.endLine } : {}),
        ...(want?.endColumn ? { endColumn: d.endColumn } : {}),
      };
    });
    deepStrictEqual(actual, c.errors, `An invalid case of ${rule.id} gave other diagnostics than expected:\n${c.code}`);
    const fix = this.options.fix ?? applyRuleFixes;
    if (c.output !== undefined) {
      const fixed = fix(c.code, ruleset);
      deepStrictEqual(fixed, c.output ?? c.code, c.output === null ? `${rule.id} fixes a case whose output is null (no fix)` : `The fixes of ${rule.id} give another text`);
      if (c.output !== null) {
        if (!rule.fixable || !FIX_TYPES.includes(rule.fixable)) throw new Error(`${rule.id} reports fixes, so it declares fixable (one of ${FIX_TYPES.join(', ')}).`);
        deepStrictEqual(fix(fixed, ruleset), fixed, `Fixing the output of ${rule.id} again changes it`);
      }
    }
    if (c.suggestions !== undefined) {
      const given = (found[0]?.suggestions ?? []).map((s) => ({ desc: s.desc, output: c.code.slice(0, s.range[0]) + s.text + c.code.slice(s.range[1]) }));
      deepStrictEqual(given, c.suggestions, `The suggestions of ${rule.id} differ`);
    }
  }
}

/** A tester that checks every case at once, inside the test that calls `run`. */
export const ruleTester = new RuleTester();

/** Removes the common indentation of a template literal, so YAML cases can be written in place. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = text.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

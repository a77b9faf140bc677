import { expect } from 'vitest';
import type { Rule } from './define-rule.js';
import type { SeveritySetting } from './diagnostic.js';
import { lint } from './engine.js';
import { applyFixes, FIX_TYPES } from './fix.js';

export interface ExpectedDiagnostic {
  messageId: string;
  line: number;
  column: number;
  severity?: 'error' | 'warning' | 'info';
  /** The exact message, when the test is about its wording. */
  text?: string;
  endLine?: number;
  endColumn?: number;
}

export interface InvalidCase {
  code: string;
  errors: ExpectedDiagnostic[];
  options?: Record<string, unknown>;
  /** The text after --fix applies this rule's fixes; null when the rule fixes nothing here. */
  output?: string | null;
  /** The edits the rule suggests for its first diagnostic: what each does, and the text once it is applied. */
  suggestions?: { desc: string; output: string }[];
}

export interface ValidCase {
  code: string;
  options?: Record<string, unknown>;
}

/**
 * Runs a rule over YAML cases: every valid case gives no diagnostic from the rule, every invalid case gives
 * exactly the listed ones. The rule runs at its recommended severity, or `warning` when that is off.
 */
export const ruleTester = {
  run(rule: Rule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
    const seen = new Set<string>();
    const run = (code: string, options?: Record<string, unknown>) => {
      if (seen.has(code)) throw new Error(`Duplicate test case for ${rule.id}:\n${code}`);
      seen.add(code);
      const severity = severityOf(rule);
      return lint(code, { config: { rules: { [rule.id]: options ? [severity, options] : severity } } }).diagnostics.filter((d) => d.ruleId === rule.id);
    };
    for (const valid of cases.valid) {
      const { code, options } = typeof valid === 'string' ? { code: valid, options: undefined } : valid;
      expect(run(code, options).map((d) => `${d.line}:${d.column} ${d.message}`), `valid case of ${rule.id}`).toEqual([]);
    }
    for (const invalid of cases.invalid) {
      if (!invalid.errors.length) throw new Error(`An invalid case of ${rule.id} lists no expected diagnostic.`);
      const found = run(invalid.code, invalid.options);
      for (const d of found) expect(d.message, 'an unfilled {{placeholder}}').not.toContain('{{');
      const actual = found.map((d, i) => {
        const want = invalid.errors[i];
        return {
          messageId: d.messageId, line: d.line, column: d.column,
          ...(want?.severity ? { severity: d.severity } : {}),
          ...(want?.text ? { text: d.message } : {}),
          ...(want?.endLine ? { endLine: d.endLine } : {}),
          ...(want?.endColumn ? { endColumn: d.endColumn } : {}),
        };
      });
      expect(actual, `invalid case of ${rule.id}`).toEqual(invalid.errors);
      if (invalid.output !== undefined) {
        const only = (text: string) => {
          const result = lint(text, { config: { rules: { [rule.id]: invalid.options ? [severityOf(rule), invalid.options] : severityOf(rule) } } });
          return { ...result, diagnostics: result.diagnostics.filter((d) => d.ruleId === rule.id) };
        };
        const fixed = applyFixes(invalid.code, only).output;
        expect(fixed, `output of ${rule.id}`).toBe(invalid.output ?? invalid.code);
        if (invalid.output !== null) {
          expect(rule.fixable, `${rule.id} reports fixes, so it declares fixable`).toBeOneOf([...FIX_TYPES]);
          expect(applyFixes(fixed, only).output, `fixing the output of ${rule.id} again`).toBe(fixed);
        }
      }
      if (invalid.suggestions !== undefined) {
        const first = found[0];
        const given = (first?.suggestions ?? []).map((s) => ({ desc: s.desc, output: invalid.code.slice(0, s.range[0]) + s.text + invalid.code.slice(s.range[1]) }));
        expect(given, `suggestions of ${rule.id}`).toEqual(invalid.suggestions);
      }
    }
  },
};

function severityOf(rule: Rule): SeveritySetting {
  return rule.severity.recommended === 'off' ? 'warning' : rule.severity.recommended;
}

/** Removes the common indentation of a template literal, so YAML cases can be written in place. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = text.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

import type { Diagnostic, LintResult } from '../lint/diagnostic.js';
import { relativePath } from './relative-path.js';
import type { Formatter } from './types.js';

/**
 * JUnit XML for CI test reports (GitLab, Jenkins, Azure): one test suite per file, one test case per rule.
 * Errors and warnings fail their test case; info findings go to its output, so the report stays green
 * for advice alone.
 */
export const junit: Formatter = (results, { cwd }) => {
  const ran = (result: LintResult) => result.ruleIds ?? (result.rules ?? []).filter((r) => r.setting !== 'off').map((r) => r.id);
  const suites = results.map((result) => suite(result, relativePath(result.file, cwd), ran(result)));
  const tests = suites.reduce((n, s) => n + s.tests, 0);
  const failures = suites.reduce((n, s) => n + s.failures, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="mcm lint" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites.flatMap((s) => s.lines),
    '</testsuites>',
    '',
  ].join('\n');
};

function suite(result: LintResult, file: string, ruleIds: string[]) {
  const byRule = new Map<string, Diagnostic[]>(ruleIds.map((id) => [id, []]));
  for (const d of result.diagnostics) byRule.set(d.ruleId, [...(byRule.get(d.ruleId) ?? []), d]);
  // A YAML syntax error stops every rule but the syntax check itself: the report says so rather than "passed".
  const unread = result.diagnostics.some((d) => d.ruleId === 'yaml-syntax' && d.severity === 'error');
  const lines: string[] = [];
  let failures = 0;
  let skipped = 0;
  for (const [ruleId, diagnostics] of byRule) {
    const open = `    <testcase name="${attr(ruleId)}" classname="${attr(file)}" file="${attr(file)}"`;
    const failing = diagnostics.filter((d) => d.severity !== 'info');
    const infos = diagnostics.filter((d) => d.severity === 'info');
    if (!diagnostics.length && unread) {
      skipped++;
      lines.push(`${open}>`, '      <skipped message="The file is not valid YAML, so this rule did not run."/>', '    </testcase>');
      continue;
    }
    if (!diagnostics.length) {
      lines.push(`${open}/>`);
      continue;
    }
    lines.push(`${open}>`);
    if (failing.length) {
      failures++;
      const type = failing.some((d) => d.severity === 'error') ? 'error' : 'warning';
      const message = failing.length === 1 ? failing[0]!.message : `${failing.length} problems; the first: ${failing[0]!.message}`;
      lines.push(`      <failure type="${type}" message="${attr(message)}">${text(failing.map((d) => describe(file, d)).join('\n'))}</failure>`);
    }
    if (infos.length) lines.push(`      <system-out>${text(infos.map((d) => describe(file, d)).join('\n'))}</system-out>`);
    lines.push('    </testcase>');
  }
  const tests = byRule.size;
  return {
    tests,
    failures,
    lines: [
      `  <testsuite name="${attr(file)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`,
      ...lines,
      '  </testsuite>',
    ],
  };
}

function describe(file: string, d: Diagnostic): string {
  return `${file}:${d.line}:${d.column}: ${d.severity}: ${d.message}${d.docsUrl ? ` (${d.docsUrl})` : ''}`;
}

// XML 1.0 cannot carry most control characters, even escaped: they become U+FFFD.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function text(value: string): string {
  return value.replace(INVALID, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

function attr(value: string): string {
  // Parsers fold tabs and line breaks in attributes into spaces unless they are written as references.
  return text(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

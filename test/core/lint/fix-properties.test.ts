import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { lint } from '../../../src/core/lint/engine.js';
import { applyFixes } from '../../../src/core/lint/fix.js';
import { specExample } from '../../helpers.js';

const RUNS = Number(process.env.MCM_FUZZ_RUNS ?? 100);

// Mistakes that fixes repair, each a change of the SPEC example that leaves it a strategy.
const MISTAKES: ((text: string) => string)[] = [
  (t) => t.replace('usp: Done', 'usb: Done'),
  (t) => t.replace('    objective: Drivers book online', '    objectve: Drivers book online'),
  (t) => t.replace('      tone: friendly            #', '      tone: Friendly            #'),
  (t) => t.replace('      tone: friendly\n    kpis:', '      tone: "FRIENDLY"\n    kpis:'),
  (t) => t.replace('  - stage: retention', '  - stage: retension'),
  (t) => t.replace('# yaml-language-server: $schema=', '#yaml-language-server: $schema='),
  (t) => t.replace('type: facebook ', 'type: instagram'),
  (t) => t.replace('metric: open_rate', 'metric: retweets'),
  (t) => t.replace('currency: EUR', 'currency: eur'),
];

const funnelStart = specExample.indexOf('funnel:\n') + 'funnel:\n'.length;
const funnelEnd = specExample.indexOf('journeys:');
const stages = specExample.slice(funnelStart, funnelEnd).split(/(?=^  - stage)/m);

/** The SPEC example with some mistakes, its funnel maybe shuffled, and comment lines added anywhere. */
const strategy = fc.record({
  mistakes: fc.subarray(MISTAKES.map((_, i) => i)),
  order: fc.option(fc.shuffledSubarray(stages.map((_, i) => i), { minLength: stages.length })),
  comments: fc.array(fc.record({ line: fc.nat(), indent: fc.nat({ max: 6 }), text: fc.stringMatching(/^[A-Za-z0-9 ,.!?:#-]{0,30}$/) }), { maxLength: 5 }),
}).map(({ mistakes, order, comments }) => {
  let text = specExample;
  if (order) text = text.slice(0, funnelStart) + order.map((i) => stages[i]).join('') + text.slice(funnelEnd);
  for (const i of mistakes) text = MISTAKES[i]!(text);
  const lines = text.split('\n');
  for (const c of comments) lines.splice(c.line % lines.length, 0, `${' '.repeat(c.indent)}# ${c.text}`);
  return { text: lines.join('\n'), shuffled: order !== null };
});

const lintText = (text: string) => lint(text);
const commentLines = (text: string) => text.split('\n').map((line, i) => ({ line: i, text: line })).filter((l) => /^\s*#/.test(l.text) && !/yaml[-_ ]?language[-_ ]?server/i.test(l.text));
const kinds = (text: string) => lintText(text).diagnostics.map((d) => `${d.ruleId}/${d.messageId}`).sort();

describe('--fix on generated strategies', () => {
  test('is idempotent, never adds a diagnostic, and leaves every comment line in place', () => {
    fc.assert(fc.property(strategy, ({ text, shuffled }) => {
      const { output } = applyFixes(text, lintText);
      // Idempotent: fixing the fixed text changes nothing.
      expect(applyFixes(output, lintText).output).toBe(output);
      // Never adds a diagnostic: what is left was there before.
      const before = kinds(text);
      const after = kinds(output);
      for (const kind of new Set(after)) expect(after.filter((k) => k === kind).length, kind).toBeLessThanOrEqual(before.filter((k) => k === kind).length);
      // Comment lines: all there, with their text; where no list was reordered, on the same lines.
      const was = commentLines(text);
      const now = commentLines(output);
      if (shuffled) expect(now.map((c) => c.text).sort()).toEqual(was.map((c) => c.text).sort());
      else expect(now).toEqual(was);
      expect(output.split('\n').length).toBe(text.split('\n').length);
    }), { numRuns: RUNS });
  });

  test('every fixable mistake of the generator is fixed', () => {
    // (Mistake 3 quotes the tone, and the fix keeps the quotes.)
    const text = [0, 1, 2, 4, 5].reduce((t, i) => MISTAKES[i]!(t), specExample);
    expect(applyFixes(text, lintText).output).toBe(specExample);
    expect(applyFixes(MISTAKES[3]!(specExample), lintText).output).toBe(specExample.replace('      tone: friendly\n    kpis:', '      tone: "friendly"\n    kpis:'));
  });
});

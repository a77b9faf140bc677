import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { lint } from '../../../src/core/lint/engine.js';
import { parseSource } from '../../../src/core/strategy/parse.js';
import { sanitize } from '../../../src/core/strategy/sanitize.js';
import { checkSchema } from '../../../src/core/strategy/schema-check.js';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import noCutText, { findCutTexts } from '../../../src/core/rules/no-cut-text.js';

const base = yaml`
  mcm: 1
  name: Spring at the bakery
  goal:
    statement: Sell 300 loaves a week
  usp: Baked at 4 am every day
  personas:
    - { id: neighbour, name: Ana }
  channels:
    - id: instagram
      type: instagram
      content:
        message: "Spring sale #bakery #local"
        cta: Order now   # shorter on mobile
        headline: Fresh bread
    - id: website
      type: website
      content:
        headlines: ["Fresh #bread", Open at 7]
`;

describe('no-cut-text', () => {
  test('cases', () => {
    ruleTester.run(noCutText, {
      valid: [
        // Quoted hashtags, a comment written as one ("# note"), and a hashtag inside a text with no space before it.
        base,
        base.replace('Fresh bread', 'Fresh bread#1'),
        base.replace('message: "Spring sale #bakery #local"', 'message: |\n          Spring sale #bakery #local'),
      ],
      invalid: [
        {
          code: base.replace('message: "Spring sale #bakery #local"', 'message: Spring sale #bakery #local'),
          output: base,
          errors: [{
            messageId: 'cutMessage', line: 12, column: 16, endColumn: 27,
            text: 'The message of channel "instagram" stops at "Spring sale": YAML reads " #bakery #local" as a comment, so it is not part of the text. Put the whole text in quotes: "Spring sale #bakery #local".',
          }],
        },
        {
          code: base.replace('statement: Sell 300 loaves a week', 'statement: Sell 300 loaves a week #goals').replace('usp: Baked at 4 am every day', 'usp: Baked at 4 am   #fresh'),
          output: base.replace('statement: Sell 300 loaves a week', 'statement: "Sell 300 loaves a week #goals"').replace('usp: Baked at 4 am every day', 'usp: "Baked at 4 am   #fresh"'),
          errors: [
            { messageId: 'cutGoal', line: 4, column: 14, endColumn: 36, text: 'The goal statement stops at "Sell 300 loaves a week": YAML reads " #goals" as a comment, so it is not part of the text. Put the whole text in quotes: "Sell 300 loaves a week #goals".' },
            { messageId: 'cutUsp', line: 5, column: 6, endColumn: 19, text: 'The USP stops at "Baked at 4 am": YAML reads " #fresh" as a comment, so it is not part of the text. Put the whole text in quotes: "Baked at 4 am   #fresh".' },
          ],
        },
        {
          code: base.replace('cta: Order now   # shorter on mobile', 'cta: Order now #spring').replace('headlines: ["Fresh #bread", Open at 7]', 'headlines:\n          - Fresh bread #new\n          - Open at 7'),
          output: base.replace('cta: Order now   # shorter on mobile', 'cta: "Order now #spring"').replace('headlines: ["Fresh #bread", Open at 7]', 'headlines:\n          - "Fresh bread #new"\n          - Open at 7'),
          errors: [
            { messageId: 'cutCta', line: 13, column: 12, endColumn: 21, text: 'The CTA of channel "instagram" stops at "Order now": YAML reads " #spring" as a comment, so it is not part of the text. Put the whole text in quotes: "Order now #spring".' },
            { messageId: 'cutHeadlineItem', line: 19, column: 13, endColumn: 24, text: 'Headline 1 of channel "website" stops at "Fresh bread": YAML reads " #new" as a comment, so it is not part of the text. Put the whole text in quotes: "Fresh bread #new".' },
          ],
        },
      ],
    });
  });

  test('a warning under the recommended preset', () => {
    const text = base.replace('message: "Spring sale #bakery #local"', 'message: Spring sale #bakery');
    expect(lint(text).diagnostics.filter((d) => d.ruleId === 'no-cut-text').map((d) => `${d.line}:${d.column} ${d.severity} ${d.pointer}`))
      .toEqual(['12:16 warning /channels/0/content/message']);
  });

  test('findCutTexts gives the path, what was kept and lost, where the lost part is, the quoted whole and what it replaces', () => {
    const text = base.replace('message: "Spring sale #bakery #local"', 'message: Spring sale #bakery #local');
    const source = parseSource(text);
    const strategy = sanitize(source.value, checkSchema(source.value));
    expect(findCutTexts(strategy, source.text, source.locate)).toEqual([{
      path: ['channels', 0, 'content', 'message'],
      kept: 'Spring sale',
      lost: '#bakery #local',
      lostAt: { line: 12, column: 28, endLine: 12, endColumn: 42 },
      quoted: '"Spring sale #bakery #local"',
      range: [text.indexOf('Spring sale #bakery'), text.indexOf('#local') + '#local'.length],
    }]);
  });

  test('the quick look for hashtags after a blank misses no cut text (property)', () => {
    // Every text checked the long way: located, then its line read, as before any quick look.
    const slow = (text: string) => {
      const source = parseSource(text);
      const strategy = sanitize(source.value, checkSchema(source.value));
      const lines = text.split('\n');
      const paths = [['usp'], ['goal', 'statement'], ['channels', 0, 'content', 'message'], ['channels', 0, 'content', 'cta']];
      return paths.filter((path) => {
        const value = path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], strategy);
        if (typeof value !== 'string') return false;
        const range = source.locate(path, 'value');
        const line = (lines[range.line - 1] ?? '').replace(/\r$/, '');
        return range.line === range.endLine && !`"'|>[{&*!`.includes(line[range.column - 1] ?? '"')
          && line.slice(range.column - 1, range.endColumn - 1) === value && /^[ \t]+#[\p{L}\p{N}_]/u.test(line.slice(range.endColumn - 1));
      }).map((path) => path.join('/'));
    };
    const piece = fc.constantFrom('a', 'Sale', ' ', '  ', '\t', '#', '#x', ' #tag', ' # note', '#1', '\t#é', ':', '"', "'", '-', '1', 'é', '😀');
    const value = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(fc.property(value, value, value, value, (usp, statement, message, cta) => {
      const text = `mcm: 1\nname: N\ngoal:\n  statement: ${statement}\nusp: ${usp}\npersonas:\n  - { id: p, name: P }\nchannels:\n  - id: c\n    type: email\n    content:\n      message: ${message}\n      cta: ${cta}\n`;
      const source = parseSource(text);
      if (source.value === undefined) return;
      const strategy = sanitize(source.value, checkSchema(source.value));
      expect(findCutTexts(strategy, source.text, source.locate).map((c) => c.path.join('/')).sort()).toEqual(slow(text).sort());
    }), { numRuns: 1500 });
  });
});

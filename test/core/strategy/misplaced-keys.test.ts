import { describe, expect, test } from 'vitest';
import { lint } from '../../../src/core/lint/engine.js';
import { specExample } from '../../helpers.js';

// A key the format knows, written at the wrong level: one diagnostic that says where it belongs, at the key,
// instead of "unknown key" here and "missing required key" there.

const schemaFindings = (text: string) => lint(text, { file: 'strategy.yaml' }).diagnostics
  .filter((d) => d.ruleId === 'schema')
  .map((d) => ({ line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, messageId: d.messageId, message: d.message }));

const HEAD = 'mcm: 1\nname: Test\ngoal:\n  statement: Book 400 oil changes\nusp: Done in 30 minutes\npersonas:\n  - id: drivers\n    name: Drivers\n';

const CHANNELS = 'channels:\n  - { id: email-1, type: email }\n  - { id: web, type: website }\n';

// Each case: a strategy with a key at the wrong level, and its schema findings, exactly.
const MISPLACED: { name: string; text: string; findings: ReturnType<typeof schemaFindings> }[] = [
  {
    name: '"type" and "kpis" indented under "content" belong to the channel: no "missing type" besides',
    text: `${HEAD}channels:
  - id: email-1
    name: Email
    content:
      message: Hello
      type: email
      kpis:
        - { metric: open_rate, target: 0.3 }
  - { id: web, type: website }
`,
    findings: [
      { line: 14, column: 7, endLine: 14, endColumn: 11, messageId: 'misplacedUp', message: '"type" belongs to channel "email-1", not under "content": move it left to line up with "content".' },
      { line: 15, column: 7, endLine: 15, endColumn: 11, messageId: 'misplacedUp', message: '"kpis" belongs to channel "email-1", not under "content": move it left to line up with "content".' },
    ],
  },
  {
    name: '"budget" under a KPI belongs to the channel, two levels out',
    text: `${HEAD}channels:
  - id: email-1
    type: email
    kpis:
      - metric: open_rate
        target: 0.3
        budget: 100
  - { id: web, type: website }
`,
    findings: [
      { line: 15, column: 9, endLine: 15, endColumn: 15, messageId: 'misplacedUp', message: '"budget" belongs to channel "email-1", not under "kpis": move it left to line up with "kpis".' },
    ],
  },
  {
    name: '"usp" indented under "goal" belongs to the strategy, and is not missing there too',
    text: HEAD.replace('usp: Done in 30 minutes\n', '  usp: Done in 30 minutes\n') + CHANNELS,
    findings: [
      { line: 5, column: 3, endLine: 5, endColumn: 6, messageId: 'misplacedUp', message: '"usp" belongs to the strategy, not under "goal": move it left to line up with "goal".' },
    ],
  },
  {
    name: 'a key one level in: "statement" next to "goal", a channel key at the top of the strategy',
    text: HEAD.replace('goal:\n  statement: Book 400 oil changes\n', 'goal: {}\nstatement: Book 400 oil changes\n') + 'owner: Maria\n' + CHANNELS,
    findings: [
      { line: 4, column: 1, endLine: 4, endColumn: 10, messageId: 'misplacedDown', message: '"statement" belongs in "goal", not directly in the strategy: indent it under "goal".' },
      { line: 9, column: 1, endLine: 9, endColumn: 6, messageId: 'misplacedDownItem', message: '"owner" belongs to an item of "channels", not directly in the strategy: move it into the item it describes.' },
    ],
  },
];

describe('a known key at the wrong level', () => {
  for (const { name, text, findings } of MISPLACED) {
    test(name, () => {
      expect(schemaFindings(text)).toEqual(findings);
    });
  }

  test('a key that would be a second one where it belongs, or that several places know, stays an unknown key', () => {
    const text = `${HEAD}channels:
  - id: email-1
    type: email
    content:
      type: email
  - { id: web, type: website }
id: top
`;
    expect(schemaFindings(text).map((f) => [f.line, f.column, f.messageId, f.message.slice(0, 41)])).toEqual([
      [13, 7, 'unknownKeyKnown', 'Unknown key "type" in the content of chan'],
      [15, 1, 'unknownKeyKnown', 'Unknown key "id" in the strategy. Known k'],
    ]);
  });

  test('a misspelt key keeps its suggestion, and a clean strategy has no schema finding', () => {
    expect(schemaFindings(specExample)).toEqual([]);
    expect(schemaFindings(specExample.replace(/^usp:/m, 'usb:')).map((f) => f.message)).toEqual(['Unknown key "usb" in the strategy; did you mean "usp"?']);
  });
});

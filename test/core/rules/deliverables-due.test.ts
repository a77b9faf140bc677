import { describe, test } from 'vitest';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import deliverablesDue from '../../../src/core/rules/deliverables-due.js';

const base = yaml`
  mcm: 1
  name: Spring promo
  period: { start: 2027-03-01, end: 2027-06-30 }
  goal: { statement: Book 400 oil changes }
  usp: Done in 30 minutes
  personas:
    - { id: commuter, name: Emma }
  channels:
    - id: instagram
      type: instagram
      schedule:
        - { start: 2027-05-01, end: 2027-06-30 }
        - { start: 2027-03-10, end: 2027-04-15, label: Launch }
      content:
        deliverables:
          - { asset: short-video, count: 4, spec: "9:16, 15-30 s", due: 2027-03-03, owner: Video editor }
          - { asset: product photos }
    - id: website
      type: website
      content:
        deliverables:
          - { asset: landing page, due: 2027-02-20 }
`;

describe('deliverables-due', () => {
  test('cases', () => {
    ruleTester.run(deliverablesDue, {
      valid: [
        base,
        // Without a schedule and a period, nothing says when the channel goes live.
        base.replace('period: { start: 2027-03-01, end: 2027-06-30 }\n', '').replace('due: 2027-02-20', 'due: 2027-12-20'),
      ],
      invalid: [
        {
          // The earliest flight counts, whatever its place in the list.
          code: base.replace('due: 2027-03-03', 'due: 2027-03-12'),
          errors: [{
            messageId: 'late', line: 16, column: 71, endColumn: 81, severity: 'warning',
            text: '4 × Short-video for "instagram" is due on 2027-03-12, after its first flight (Launch) starts on 2027-03-10: the channel would go live without it. Make it due before 2027-03-10.',
          }],
        },
        {
          // Without a schedule, the channel goes live with the strategy period; due on that day is already late.
          code: base.replace('due: 2027-02-20', 'due: 2027-03-01'),
          errors: [{ messageId: 'late', line: 22, column: 39, text: 'Landing page for "website" is due on 2027-03-01, the day the strategy period starts: the channel would go live without it. Make it due before 2027-03-01.' }],
        },
      ],
    });
  });
});

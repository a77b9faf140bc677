import { expect, test } from 'vitest';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import rule from '../../../src/core/rules/kpi-target-plausible.js';
import { lintLines } from '../../helpers.js';

const strategy = (goal: string, kpis: string) => yaml`
  mcm: 1
  name: Spring promo
  goal: { statement: Book 400 oil changes, metric: appointments_booked, ${goal}deadline: 2027-06-30 }
  usp: Done in 30 minutes
  personas:
    - { id: commuter, name: Emma }
  channels:
    - id: facebook-page
      type: facebook
      kpis:
${kpis}
`;
const kpi = (text: string) => `        - ${text}\n`;

test('kpi-target-plausible', () => {
  ruleTester.run(rule, {
    valid: [
      strategy('target: 400, baseline: 250, ', kpi('{ metric: click_through_rate, target: 0.02, baseline: 0.012 }') + kpi('{ metric: clicks, target: 4000 }') + kpi('{ metric: impressions, target: 200000 }')),
      // A ratio of exactly 1 or 0 is possible; return on ad spend is a multiple, not a fraction.
      strategy('target: 400, ', kpi('{ metric: delivery_rate, target: 1 }') + kpi('{ metric: return_on_ad_spend, target: 4 }')),
      // A user's own metric is never judged.
      strategy('target: 400, ', kpi('{ metric: store_visit_rate, target: 12 }')),
      // A baseline equal to the target keeps a level; "either" metrics (rankings) are not judged.
      strategy('target: 400, baseline: 400, ', kpi('{ metric: keyword_rankings, target: 3, baseline: 10 }') + kpi('{ metric: engagement_rate, target: 0.04, baseline: 0.04 }')),
      // Lower is better for costs: a baseline above the target is the plan.
      strategy('target: 400, ', kpi('{ metric: cost_per_click, target: 0.8, baseline: 1.2 }')),
      // Parts of a whole the channel does not aim at are not compared.
      strategy('target: 400, ', kpi('{ metric: conversions, target: 900 }') + kpi('{ metric: reach, target: 500 }')),
    ],
    invalid: [
      {
        code: strategy('target: 400, ', kpi('{ metric: click_through_rate, target: 5, baseline: 1.2 }')),
        errors: [
          { messageId: 'percentNotFraction', line: 11, column: 47, text: 'The target of "click_through_rate" on channel "facebook-page" is 5, but click-through rate is written as a fraction (0.02 = 2 %): did you mean 0.05?' },
          { messageId: 'percentNotFraction', line: 11, column: 60, text: 'The baseline of "click_through_rate" on channel "facebook-page" is 1.2, but click-through rate is written as a fraction (0.02 = 2 %): did you mean 0.012?' },
        ],
      },
      {
        code: strategy('target: 400, ', kpi('{ metric: bounce_rate, target: -0.1 }') + kpi('{ metric: open_rate, target: 350 }')),
        errors: [
          { messageId: 'negativeRatio', line: 11, column: 40, text: 'The target of "bounce_rate" on channel "facebook-page" is -0.1, but bounce rate cannot be below 0: write it as a fraction between 0 and 1 (0.02 = 2 %).' },
          { messageId: 'percentNotFraction', line: 12, column: 38, text: 'The target of "open_rate" on channel "facebook-page" is 350, but open rate is written as a fraction (0.02 = 2 %): did you mean a fraction between 0 and 1?' },
        ],
      },
      {
        // Conversions are part of clicks, clicks of impressions: each is compared with the nearest whole the channel aims at.
        code: strategy('target: 400, ', kpi('{ metric: impressions, target: 20000 }') + kpi('{ metric: clicks, target: 30000 }') + kpi('{ metric: conversions, target: 25000 }')),
        errors: [
          { messageId: 'partAboveWhole', line: 12, column: 35, text: 'Channel "facebook-page" aims at 30000 clicks but only 20000 impressions: clicks are part of the impressions, so they cannot be more; raise the "impressions" target or lower this one.' },
        ],
      },
      {
        code: strategy('target: 400, ', kpi('{ metric: impressions, target: 1000 }') + kpi('{ metric: conversions, target: 1500 }')),
        errors: [{ messageId: 'partAboveWhole', line: 12, column: 40, text: 'Channel "facebook-page" aims at 1500 conversions but only 1000 impressions: conversions are part of the impressions, so they cannot be more; raise the "impressions" target or lower this one.' }],
      },
      {
        code: strategy('target: 400, baseline: 450, ', kpi('{ metric: cost_per_acquisition, target: 30, baseline: 25 }')),
        errors: [
          { messageId: 'baselinePastTarget', line: 3, column: 94, text: 'The baseline of the goal\'s "appointments_booked" is 450, already better than the target of 400 (higher is better for appointments booked): set a target beyond where you are, or check the two numbers.' },
          { messageId: 'baselinePastTarget', line: 11, column: 63, text: 'The baseline of "cost_per_acquisition" on channel "facebook-page" is 25, already better than the target of 30 (lower is better for cost per acquisition): set a target beyond where you are, or check the two numbers.' },
        ],
      },
    ],
  });
});

test('the goal deadline is judged against the today the caller gives, and only then', () => {
  const code = strategy('target: 400, ', kpi('{ metric: conversions, target: 400 }'));
  const only = (lines: string[]) => lines.filter((l) => l.includes('kpi-target-plausible'));
  expect(only(lintLines(code, { today: '2027-07-01' }))).toEqual([
    '3:94 warning kpi-target-plausible The goal\'s deadline 2027-06-30 has already passed (today is 2027-07-01): set the date this strategy aims at now.',
  ]);
  expect(only(lintLines(code, { today: '2027-06-30' }))).toEqual([]);
  expect(only(lintLines(code))).toEqual([]);
});

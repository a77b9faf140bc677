import { describe, test } from 'vitest';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import ownedChannel from '../../../src/core/rules/owned-channel.js';

const base = yaml`
  mcm: 1
  name: Spring promo
  goal: { statement: Book 400 oil changes }
  usp: Done in 30 minutes
  personas:
    - { id: commuter, name: Emma }
  channels:
    - { id: facebook-page, type: facebook }
    - { id: email, type: email }
`;

describe('owned-channel', () => {
  test('cases', () => {
    ruleTester.run(ownedChannel, {
      valid: [
        `${base}  - { id: booking-site, type: website }\n`,
        `${base}  - { id: journal, type: blog }\n`,
        // A misspelt type may be the site: the schema reports it.
        `${base}  - { id: booking-site, type: websit }\n`,
        // No channel at all: the schema reports it.
        base.replace(/channels:\n[^]*$/, 'channels: []\n'),
      ],
      invalid: [
        {
          code: base,
          errors: [{
            messageId: 'noSite', line: 7, column: 1, endColumn: 9, severity: 'info',
            text: 'The strategy has no website or blog channel: your site is a channel too. Add it (type website or blog) with its own message and KPIs, since the other channels send people there to learn more and to buy.',
          }],
        },
      ],
    });
  });
});

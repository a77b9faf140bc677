import { describe, test } from 'vitest';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import integrationRequired from '../../../src/core/rules/integration-required.js';

const base = yaml`
  mcm: 1
  name: Spring promo
  approach: cross-channel
  goal: { statement: Book 400 oil changes }
  usp: Done in 30 minutes
  personas:
    - { id: commuter, name: Emma }
  channels:
    - { id: website, type: website }
    - { id: email, type: email }
  journeys:
    - persona: commuter
      steps:
        - { channel: website, action: Leaves her email for a discount }
        - { channel: email, action: Gets the code and books }
`;
const withoutJourneys = base.slice(0, base.indexOf('journeys:'));

describe('integration-required', () => {
  test('cases', () => {
    ruleTester.run(integrationRequired, {
      valid: [
        base,
        base.replace('cross-channel', 'omnichannel'),
        // Multichannel: each channel may run on its own.
        withoutJourneys.replace('cross-channel', 'multichannel'),
        withoutJourneys.replace('approach: cross-channel\n', ''),
        // A CRM connects the channels.
        `${withoutJourneys}stack: { crm: HubSpot }\n`,
        // A misspelt approach: the schema reports it.
        withoutJourneys.replace('cross-channel', 'omni-channel'),
        // A step the schema rejects may be the one that connects two channels.
        base.replace('{ channel: email, action', '{ channel: E-mail, action'),
      ],
      invalid: [
        {
          code: withoutJourneys,
          errors: [{
            messageId: 'unconnected', line: 3, column: 11, endColumn: 24,
            text: 'A cross-channel strategy hands customers from one channel to the next, but nothing here connects the channels: name your CRM under stack.crm, or add a journey whose steps go through two or more channels.',
          }],
        },
        {
          code: base.replace('cross-channel', 'omnichannel').replace('{ channel: email, action', '{ channel: website, action'),
          errors: [{ messageId: 'unconnected', line: 3, column: 11, text: 'A omnichannel strategy hands customers from one channel to the next, but nothing here connects the channels: name your CRM under stack.crm, or add a journey whose steps go through two or more channels.' }],
        },
        {
          code: `${withoutJourneys}stack: { analytics: GA4, other: [Zapier] }\n`,
          errors: [{ messageId: 'unconnected', line: 3, column: 11 }],
        },
      ],
    });
  });
});

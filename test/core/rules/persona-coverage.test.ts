import { describe, test } from 'vitest';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import personaCoverage from '../../../src/core/rules/persona-coverage.js';

const base = yaml`
  mcm: 1
  name: Coffee subscription
  goal: { statement: Sign up 1500 subscribers }
  usp: Roasted on Monday, at your door on Wednesday
  personas:
    - id: home-barista
      name: Ollie
      preferred_channels: [instagram, newsletter]
    - id: office-manager
      name: Grace
      preferred_channels: [email]
  channels:
    - { id: instagram, type: instagram, personas: [home-barista] }
    - { id: newsletter, type: email, personas: [home-barista, office-manager] }
`;

describe('persona-coverage', () => {
  test('cases', () => {
    ruleTester.run(personaCoverage, {
      valid: [
        base,
        // A misspelt persona id: known-references reports it, the persona still counts as targeted.
        base.replace('[home-barista, office-manager]', '[home-barista, ofice-manager]'),
        // A channel the schema rejects (misspelt type) may be the one the persona needs.
        base.replace('personas: [home-barista, office-manager] }', 'personas: [home-barista] }\n  - { id: desk, type: emial, personas: [office-manager] }')
          .replace('preferred_channels: [email]', 'preferred_channels: [linkedin]'),
        // No channel at all: the schema reports it.
        base.replace(/channels:\n[^]*$/, 'channels: []\n'),
        // Neither a channel id nor a channel type: known-references reports it.
        base.replace('preferred_channels: [email]', 'preferred_channels: [carrier-pigeon]'),
      ],
      invalid: [
        {
          code: base.replace('[home-barista, office-manager]', '[home-barista]'),
          errors: [{
            messageId: 'untargeted', line: 9, column: 5, endColumn: 23,
            text: 'No channel targets persona "office-manager": add "office-manager" to the personas of channel "newsletter", which they prefer, or remove the persona if the strategy does not speak to them.',
          }],
        },
        {
          code: base.replace('[home-barista, office-manager]', '[office-manager]').replace('personas: [home-barista] }', 'personas: [] }'),
          errors: [{
            messageId: 'untargeted', line: 6, column: 5,
            text: 'No channel targets persona "home-barista": add "home-barista" to the personas of channels "instagram" and "newsletter", which they prefer, or remove the persona if the strategy does not speak to them.',
          }],
        },
        {
          code: base.replace('[home-barista, office-manager]', '[home-barista]').replace('preferred_channels: [email]', 'preferred_channels: [tiktok]'),
          errors: [
            { messageId: 'untargeted', line: 9, column: 5, text: 'No channel targets persona "office-manager": add "office-manager" to the personas of the channels that reach them, or remove the persona if the strategy does not speak to them.' },
            {
              messageId: 'preferredMissing', line: 11, column: 26, endColumn: 32,
              text: 'Persona "office-manager" prefers TikTok, but the strategy has no tiktok channel: add one to reach them where they already are, or remove "tiktok" from their preferred_channels.',
            },
          ],
        },
        {
          code: base.replace('preferred_channels: [instagram, newsletter]', 'preferred_channels: [instagram, linkedin, newsletter]'),
          errors: [{ messageId: 'preferredMissing', line: 8, column: 37, endColumn: 45 }],
        },
      ],
    });
  });
});

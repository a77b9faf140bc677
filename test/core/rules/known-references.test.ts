import { test } from 'vitest';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import rule from '../../../src/core/rules/known-references.js';

test('known-references', () => {
  ruleTester.run(rule, {
    valid: [yaml`
      personas:
        - { id: emma, name: Emma, preferred_channels: [newsletter, instagram] }
      channels:
        - { id: newsletter, type: email, personas: [emma] }
        - { id: shop, type: website, personas: [emma] }
      funnel:
        - { stage: conversion, channels: [shop, newsletter] }
      journeys:
        - persona: emma
          steps: [{ channel: shop }, { channel: newsletter }]
    `],
    invalid: [{
      code: yaml`
        personas:
          - id: emma
            name: Emma
            preferred_channels: [newsleter, carrier-pigeon]
        channels:
          - { id: newsletter, type: email, personas: [ema] }
        funnel:
          - { stage: awareness, channels: [newsletter, tv-spot] }
        journeys:
          - persona: paul
            steps:
              - channel: newsletter
              - channel: shop
      `,
      errors: [
        { messageId: 'unknownPreferred', line: 4, column: 26, severity: 'error', text: 'Persona "emma" prefers "newsleter", which is neither a channel of this strategy nor a channel type; did you mean "newsletter"?' },
        { messageId: 'unknownPreferred', line: 4, column: 37, text: 'Persona "emma" prefers "carrier-pigeon", which is neither a channel of this strategy nor a channel type.' },
        { messageId: 'unknownPersona', line: 6, column: 47, text: 'Channel "newsletter" names persona "ema", which the strategy does not define; did you mean "emma"?' },
        { messageId: 'unknownChannel', line: 8, column: 48, text: 'The awareness stage of the funnel names channel "tv-spot", which the strategy does not define.' },
        { messageId: 'unknownPersona', line: 10, column: 14, text: 'Journey 1 names persona "paul", which the strategy does not define.' },
        { messageId: 'unknownChannel', line: 13, column: 18, text: 'Step 2 of the journey of "paul" names channel "shop", which the strategy does not define.' },
      ],
    }],
  });
});

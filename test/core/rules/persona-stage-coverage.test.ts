import { test } from 'vitest';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import rule from '../../../src/core/rules/persona-stage-coverage.js';
import { specExample } from '../../helpers.js';

const strategy = (counter: string, funnel: string, journeys = '') => yaml`
  mcm: 1
  name: Neighbourhood bakery
  goal: { statement: Sell 300 more loaves a month }
  usp: Baked on site at 5 a.m.
  personas:
    - { id: commuter, name: Lea }
    - { id: retiree, name: Bernard }
  channels:
    - { id: instagram, type: instagram, personas: [commuter] }
    - { id: flyer, type: print, personas: [retiree, commuter] }
    - { id: text-club, type: sms, personas: [commuter] }
    - { id: counter, type: retail-store${counter} }
  funnel:
` + funnel + journeys;

const full = '  - { stage: awareness, channels: [flyer, instagram] }\n  - { stage: consideration, channels: [instagram, flyer] }\n  - { stage: conversion, channels: [text-club, counter] }\n  - { stage: retention, channels: [text-club, counter] }\n';

test('persona-stage-coverage', () => {
  ruleTester.run(rule, {
    valid: [
      specExample,
      strategy(', personas: [retiree, commuter]', full),
      // A channel that names no personas counts as reaching everyone (channel-orphans reports it).
      strategy('', full),
      // A stage with no channel is funnel-coverage's finding.
      strategy(', personas: [retiree, commuter]', '  - { stage: awareness, channels: [flyer] }\n  - { stage: conversion, channels: [counter] }\n'),
      // A journey step reaches the persona at its stage.
      strategy(', personas: [commuter]', full, 'journeys:\n  - persona: retiree\n    steps:\n      - { channel: counter, stage: conversion, action: Buys his baguette }\n      - { channel: counter, stage: retention, action: Comes back every morning }\n'),
    ],
    invalid: [
      {
        code: strategy(', personas: [commuter]', full),
        errors: [{ messageId: 'gap', line: 7, column: 11, severity: 'info', text: 'Persona "retiree" is reached at no conversion or retention stage: none of the channels there targets this persona. Add "retiree" to the personas of "text-club" or "counter", or a channel for this persona to that stage.' }],
      },
      {
        code: strategy(', personas: [retiree]', '  - { stage: awareness, channels: [instagram] }\n  - { stage: consideration, channels: [instagram] }\n  - { stage: conversion, channels: [text-club] }\n  - { stage: retention, channels: [text-club, flyer] }\n'),
        errors: [{ messageId: 'gap', line: 7, column: 11, text: 'Persona "retiree" is reached at no awareness, consideration or conversion stage: none of the channels there targets this persona. Add "retiree" to the personas of "instagram" or "text-club", or a channel for this persona to that stage.' }],
      },
    ],
  });
});

import { describe, test } from 'vitest';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import channelOrphans from '../../../src/core/rules/channel-orphans.js';

const base = yaml`
  mcm: 1
  name: Spring promo
  goal: { statement: Book 400 oil changes }
  usp: Done in 30 minutes
  personas:
    - { id: commuter, name: Emma, preferred_channels: [sms] }
  channels:
    - id: facebook-page
      type: facebook
      personas: [commuter]
    - id: sms
      type: sms
      personas: [commuter]
  funnel:
    - { stage: awareness, channels: [facebook-page] }
    - { stage: conversion, channels: [sms] }
  journeys:
    - persona: commuter
      steps:
        - { channel: facebook-page, stage: awareness }
        - { channel: sms, stage: conversion }
`;
const withoutJourneys = base.slice(0, base.indexOf('journeys:'));

describe('channel-orphans', () => {
  test('cases', () => {
    ruleTester.run(channelOrphans, {
      valid: [
        base,
        // A misspelt channel id in the funnel: known-references reports it, the channel still counts as served.
        base.replace('channels: [sms] }', 'channels: [smss] }'),
        // A channel list of the wrong type: the schema reports it.
        base.replace('channels: [sms] }', 'channels: sms }'),
        // No funnel at all: funnel-coverage reports it once, rather than every channel here.
        base.slice(0, base.indexOf('funnel:')),
        // Personas of the wrong type: the schema reports it.
        base.replace('    personas: [commuter]\nfunnel', '    personas: commuter\nfunnel'),
      ],
      invalid: [
        {
          code: base.replace('{ stage: conversion, channels: [sms] }', '{ stage: conversion, channels: [facebook-page] }'),
          errors: [{
            messageId: 'noStage', line: 11, column: 5, endColumn: 12,
            text: 'Channel "sms" serves no funnel stage: add "sms" to the channels of the stage it works for under funnel; its journeys already use it at the conversion stage.',
          }],
        },
        {
          code: withoutJourneys.replace('{ stage: conversion, channels: [sms] }', '{ stage: conversion, channels: [facebook-page] }'),
          errors: [{
            messageId: 'noStage', line: 11, column: 5,
            text: 'Channel "sms" serves no funnel stage: add "sms" to the channels of the stage it works for under funnel; Text message (SMS) usually serves consideration, conversion, retention or advocacy.',
          }],
        },
        {
          code: withoutJourneys.replace('{ stage: conversion, channels: [sms] }', '{ stage: conversion, channels: [facebook-page] }').replace('type: sms', 'type: custom'),
          errors: [{ messageId: 'noStage', line: 11, column: 5, text: 'Channel "sms" serves no funnel stage: add "sms" to the channels of the stage it works for under funnel.' }],
        },
        {
          code: base.replace('    personas: [commuter]\nfunnel', 'funnel'),
          errors: [{
            messageId: 'noPersona', line: 11, column: 5,
            text: 'Channel "sms" targets no persona: list who it speaks to under its personas, for example [commuter], who prefers it.',
          }],
        },
        {
          code: base.replace('    personas: [commuter]\n  - id: sms', '    personas: []\n  - id: sms'),
          errors: [{ messageId: 'noPersona', line: 10, column: 15, endColumn: 17, text: 'Channel "facebook-page" targets no persona: list who it speaks to under its personas.' }],
        },
      ],
    });
  });
});

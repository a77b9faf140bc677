import { describe, test } from 'vitest';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import funnelCoverage from '../../../src/core/rules/funnel-coverage.js';

const base = yaml`
  mcm: 1
  name: Spring promo
  goal: { statement: Book 400 oil changes, metric: appointments_booked, target: 400, deadline: 2027-06-30 }
  usp: Done in 30 minutes
  personas:
    - { id: commuter, name: Emma }
  channels:
    - id: facebook-page
      type: facebook
      personas: [commuter]
      content: { message: Your oil change in 30 minutes., cta: Book now }
    - id: email
      type: email
      personas: [commuter]
      content:
        message: Your car is due, book in two taps.
        cta: Book my slot
  funnel:
    - { stage: awareness, channels: [facebook-page] }
    - { stage: consideration, channels: [facebook-page] }
    - { stage: conversion, channels: [email] }
    - { stage: retention, channels: [email] }
`;
const withoutFunnel = base.slice(0, base.indexOf('funnel:'));

describe('funnel-coverage', () => {
  test('cases', () => {
    ruleTester.run(funnelCoverage, {
      valid: [
        base,
        // Advocacy is optional, even declared with no channel.
        `${base}  - { stage: advocacy, objective: Customers recommend us }\n`,
        // A channel list of the wrong type was written: the schema reports it.
        base.replace('{ stage: retention, channels: [email] }', '{ stage: retention, channels: email }'),
        // A misspelt stage may be the missing one: the schema reports it.
        base.replace('stage: retention', 'stage: retension'),
        // Not a strategy, or no channel to map: the schema reports it.
        '- just\n- a list\n',
        withoutFunnel.replace(/channels:\n[^]*$/, ''),
        // Content of the wrong type: the schema reports it, not a missing call to action.
        base.replace(/    content:\n      message: Your car.*\n      cta: Book my slot\n/, '    content: Book my slot\n'),
      ],
      invalid: [
        {
          // Out of the method's order: the items move whole, block or flow, with their comments.
          code: base.replace(
            '  - { stage: awareness, channels: [facebook-page] }\n  - { stage: consideration, channels: [facebook-page] }\n',
            '  - { stage: consideration, channels: [facebook-page] }   # compare\n  - stage: awareness   # first contact\n    channels: [facebook-page]\n',
          ).replace('  - { stage: retention, channels: [email] }\n', '  - { stage: retention, channels: [email] }\n# the end\n'),
          errors: [{
            messageId: 'order', line: 20, column: 12, endColumn: 21, severity: 'info',
            text: 'The funnel lists the awareness stage after the consideration stage: put the stages in the order of the method (awareness, consideration, conversion, retention, advocacy), so the funnel reads from first contact to repeat purchase.',
          }],
          output: base.replace(
            '  - { stage: awareness, channels: [facebook-page] }\n  - { stage: consideration, channels: [facebook-page] }\n',
            '  - stage: awareness   # first contact\n    channels: [facebook-page]   # compare\n  - { stage: consideration, channels: [facebook-page] }\n',
          ).replace('  - { stage: retention, channels: [email] }\n', '  - { stage: retention, channels: [email] }\n# the end\n'),
        },
        {
          // Two stages late: one finding, one fix for the whole list; a repeated stage keeps its place among its kind.
          code: base.replace('  - { stage: awareness, channels: [facebook-page] }\n', '').replace('  - { stage: retention, channels: [email] }\n', '  - { stage: retention, channels: [email] }\n  - { stage: awareness, channels: [facebook-page] }\n  - { stage: consideration, channels: [email] }\n'),
          errors: [{ messageId: 'order', line: 22, column: 14 }],
          output: base.replace('  - { stage: consideration, channels: [facebook-page] }\n', '  - { stage: consideration, channels: [facebook-page] }\n  - { stage: consideration, channels: [email] }\n'),
        },
        {
          code: withoutFunnel,
          errors: [{
            messageId: 'noFunnel', line: 1, column: 1,
            text: 'The strategy has no funnel: map your channels to the core stages (awareness, consideration, conversion, retention) under funnel, so every step from first contact to repeat purchase has a channel.',
          }],
        },
        { code: `${withoutFunnel}funnel: []\n`, errors: [{ messageId: 'noFunnel', line: 18, column: 1, endColumn: 7 }] },
        {
          code: base.replace('  - { stage: retention, channels: [email] }\n', ''),
          errors: [{
            messageId: 'missingStage', line: 18, column: 1,
            text: 'The funnel has no retention stage, so nothing brings customers back: add "- stage: retention" under funnel with the channels that do, for example "email" or "facebook-page".',
          }],
        },
        {
          code: base.replace(/  - \{ stage: (awareness|consideration).*\n/g, ''),
          errors: [
            { messageId: 'missingStage', line: 18, column: 1, text: 'The funnel has no awareness stage, so nothing makes new people aware of you: add "- stage: awareness" under funnel with the channels that do, for example "facebook-page".' },
            { messageId: 'missingStage', line: 18, column: 1 },
          ],
        },
        {
          code: base.replace('{ stage: awareness, channels: [facebook-page] }', '{ stage: awareness, objective: Local drivers learn we exist }'),
          errors: [{
            messageId: 'emptyStage', line: 19, column: 14, endColumn: 23,
            text: 'The awareness stage of the funnel has no channel, so nothing makes new people aware of you: add the channels that do to this stage\'s channels, for example "facebook-page".',
          }],
        },
        {
          code: base.replace('{ stage: conversion, channels: [email] }', '{ stage: conversion, channels: [] }'),
          errors: [{ messageId: 'emptyStage', line: 21, column: 36, text: 'The conversion stage of the funnel has no channel, so nothing turns interest into a sale or a booking: add the channels that do to this stage\'s channels, for example "facebook-page" or "email".' }],
        },
        {
          code: base.replace('      cta: Book my slot\n', ''),
          errors: [{
            messageId: 'noCta', line: 15, column: 5, endColumn: 12,
            text: 'Channel "email" serves the conversion stage but has no call to action: add content.cta, the words that tell people what to do now ("Book now", "Get a quote").',
          }],
        },
        {
          code: base.replace(/    content:\n      message: Your car.*\n      cta: Book my slot\n/, ''),
          errors: [{ messageId: 'noCta', line: 12, column: 5 }],
        },
      ],
    });
  });
});

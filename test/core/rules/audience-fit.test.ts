import { expect, test } from 'vitest';
import { lint } from '../../../src/core/lint/engine.js';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import rule from '../../../src/core/rules/audience-fit.js';

const personas = yaml`
  personas:
    - { id: controller, name: Priya, segment: b2b, age: { min: 45, max: 60 } }
    - { id: retiree, name: Bernard, segment: b2c, age: { min: 66, max: 80 } }
    - { id: student, name: Lou, segment: b2c, age: { min: 18, max: 23 } }
    - { id: anyone, name: Sam }
    - { id: older, name: Ann, segment: b2c, age: { max: 70 } }
    - { id: senior, name: Jo, segment: b2c, age: { min: 65 } }
`;

test('audience-fit', () => {
  ruleTester.run(rule, {
    valid: [
      // A persona without age or segment is never a miss; one persona the channel fits is enough.
      `${personas}channels:\n  - { id: tiktok, type: tiktok, personas: [anyone] }\n  - { id: tiktok2, type: tiktok, personas: [controller, student] }\n`,
      // An open-ended age range may reach ages the channel serves well.
      `${personas}channels:\n  - { id: snap, type: snapchat, personas: [older] }\n  - { id: fb, type: facebook, personas: [retiree, controller] }\n`,
      // Custom channels, channels without personas, and personas the strategy does not define are not judged.
      `${personas}channels:\n  - { id: club, type: custom, personas: [retiree] }\n  - { id: snap, type: snapchat }\n  - { id: snap2, type: snapchat, personas: [retiree, ghost] }\n`,
    ],
    invalid: [
      {
        code: `${personas}channels:\n  - id: tiktok\n    type: tiktok\n    personas: [controller]\n`,
        errors: [{
          messageId: 'miss', line: 10, column: 11, endLine: 10, endColumn: 17, severity: 'info',
          text: 'Channel "tiktok" (TikTok) reaches none of its personas well: "controller", a B2B buyer (TikTok is weak for B2B). Consider LinkedIn (strong with B2B buyers, used by 31–40 % of US adults their age) for them.',
        }],
      },
      {
        code: `${personas}channels:\n  - { id: instagram, type: instagram, personas: [retiree, senior] }\n`,
        errors: [{
          messageId: 'miss', line: 9, column: 28,
          text: 'Channel "instagram" (Instagram) reaches none of its personas well: "retiree", aged 66–80 (15 % of US adults that age use Instagram, Pew Research Center, 2023); "senior", aged 65 and over (15 % of US adults that age use Instagram, Pew Research Center, 2023). Consider YouTube (used by 60 % of US adults their age) for them.',
        }],
      },
      {
        code: `${personas}channels:\n  - { id: snap, type: snapchat, personas: [retiree, controller] }\n`,
        errors: [{
          messageId: 'miss', line: 9, column: 23,
          text: 'Channel "snap" (Snapchat) reaches none of its personas well: "retiree", aged 66–80 (4 % of US adults that age use Snapchat, Pew Research Center, 2023); "controller", a B2B buyer (Snapchat is weak for B2B). Consider Google Ads search (strong with consumers and B2B buyers) for them.',
        }],
      },
      {
        // When no surveyed platform fits, the suggestion is a channel type of the same kind (paid here).
        code: `personas: [{ id: board, name: B, segment: b2b, age: { min: 66 } }]\nchannels: [{ id: billboard, type: outdoor, personas: [board] }]\n`,
        errors: [{
          messageId: 'miss', line: 2, column: 35,
          text: 'Channel "billboard" (Outdoor (billboards)) reaches none of its personas well: "board", a B2B buyer (Outdoor (billboards) is weak for B2B). Consider Google Ads search (strong with B2B buyers) for them.',
        }],
      },
      {
        code: `personas: [{ id: buyer, name: B, segment: b2b }]\nchannels: [{ id: billboard, type: outdoor, personas: [buyer] }]\n`,
        errors: [{ messageId: 'miss', line: 2, column: 35, text: 'Channel "billboard" (Outdoor (billboards)) reaches none of its personas well: "buyer", a B2B buyer (Outdoor (billboards) is weak for B2B). Consider LinkedIn (strong with B2B buyers) for them.' }],
      },
    ],
  });
});

test('audience-fit is a warning under the strict preset', () => {
  const code = `${personas}channels: [{ id: tiktok, type: tiktok, personas: [controller] }]\n`;
  const found = lint(code, { config: { extends: 'strict' } }).diagnostics.filter((d) => d.ruleId === 'audience-fit');
  expect(found.map((d) => d.severity)).toEqual(['warning']);
});

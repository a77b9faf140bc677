import { describe, test } from 'vitest';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import toneConsistency from '../../../src/core/rules/tone-consistency.js';

const base = yaml`
  mcm: 1
  name: Spring promo
  goal: { statement: Book 400 oil changes }
  usp: Done in 30 minutes
  brand:
    voice: [friendly, straightforward]
  personas:
    - { id: commuter, name: Emma }
  channels:
    - id: facebook-page
      type: facebook
      content: { message: Book now., tone: friendly }
    - id: email
      type: email
      content:
        message: Your car is due.
        tone: straightforward
`;

describe('tone-consistency', () => {
  test('cases', () => {
    ruleTester.run(toneConsistency, {
      valid: [
        base,
        // No brand voice, nothing to keep to.
        base.replace('brand:\n  voice: [friendly, straightforward]\n', ''),
        base.replace('voice: [friendly, straightforward]', 'voice: []'),
        // A voice of the wrong type: the schema reports it.
        base.replace('voice: [friendly, straightforward]', 'voice: friendly').replace('tone: straightforward', 'tone: playful'),
        // No tone on a channel: nothing to compare.
        base.replace('      tone: straightforward\n', ''),
      ],
      invalid: [
        {
          code: base.replace('tone: straightforward', 'tone: playful'),
          errors: [{
            messageId: 'offVoice', line: 17, column: 13, endColumn: 20,
            text: 'Channel "email" uses the tone "playful", which is not part of the brand voice: pick one of "friendly" or "straightforward", or add "playful" to brand.voice if the brand really speaks that way.',
          }],
        },
        {
          code: base.replace('tone: friendly }', 'tone: frendly }'),
          errors: [{
            messageId: 'typo', line: 12, column: 42, endColumn: 49,
            text: 'Channel "facebook-page" uses the tone "frendly", which is not a brand voice word; did you mean "friendly"?',
          }],
          // A different word needs the user's judgement: suggested, not fixed.
          output: null,
          suggestions: [{ desc: 'Change the tone to "friendly"', output: base }],
        },
        {
          // Only the case differs: info, fixed to the voice's own spelling.
          code: base.replace('tone: friendly }', 'tone: Friendly }'),
          errors: [{
            messageId: 'caseOnly', line: 12, column: 42, endColumn: 50, severity: 'info',
            text: 'Channel "facebook-page" writes the tone "Friendly" where the brand voice writes "friendly": spell it the same way, so briefs and reports group them.',
          }],
          output: base,
        },
        {
          // The quoting stays as written; a comment after the value stays too.
          code: base.replace('tone: straightforward', "tone: 'StraightForward'   # as in the brand book"),
          errors: [{ messageId: 'caseOnly', line: 17, column: 13 }],
          output: base.replace('tone: straightforward', "tone: 'straightforward'   # as in the brand book"),
        },
        {
          code: base.replace('voice: [friendly, straightforward]', 'voice: [friendly]'),
          errors: [{
            messageId: 'offVoice', line: 17, column: 13,
            text: 'Channel "email" uses the tone "straightforward", which is not part of the brand voice: pick "friendly", or add "straightforward" to brand.voice if the brand really speaks that way.',
          }],
        },
      ],
    });
  });
});

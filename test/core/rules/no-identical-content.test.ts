import { test } from 'vitest';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import rule from '../../../src/core/rules/no-identical-content.js';

const channel = (id: string, message: string) => `  - { id: ${id}, type: email, content: { message: "${message}" } }\n`;

test('no-identical-content', () => {
  ruleTester.run(rule, {
    valid: [
      'channels:\n' + channel('a', 'Your oil change in 30 minutes, booked from your phone.')
        + channel('b', 'Pick a 30-minute slot today; if we run late, the next one is on us.')
        + channel('c', 'Emma, your car is due: book in two taps and keep your discount.'),
      // Channels without a message are not compared.
      'channels:\n  - { id: a, type: email }\n  - { id: b, type: sms }\n',
      // A higher threshold lets close variants through.
      { code: 'channels:\n' + channel('a', 'Spring sale: 20 % off every pair of sneakers until Sunday!')
        + channel('b', 'Spring sale: 20 % off every pair of sneakers until Sunday night.') + channel('c', 'Something else entirely, for the shop.'), options: { threshold: 0.95 } },
    ],
    invalid: [
      {
        // Case, punctuation, spacing and emoji do not make a message different.
        code: 'channels:\n' + channel('email', 'Spring sale: 20 % off every pair!') + channel('sms', 'SPRING SALE — 20% off every pair 🎉') + channel('x', 'spring sale 20 off every pair'),
        errors: [{ messageId: 'everyChannel', line: 2, column: 51, severity: 'error', text: 'Every channel (email, sms, x) carries the same message: adapt it to each channel\'s format, audience and stage.' }],
      },
      {
        code: 'channels:\n' + channel('email', 'Spring sale: 20 % off every pair of sneakers until Sunday!')
          + channel('sms', 'Spring sale: 20 % off every pair of sneakers until Sunday night.')
          + channel('web', 'Find the sneaker that fits your stride, with free returns for 60 days.')
          + channel('x', 'Spring sale: 20 % off every pair of sneakers until Sunday!'),
        errors: [
          { messageId: 'twoChannels', line: 3, column: 49, severity: 'warning', text: 'Channel "sms" carries nearly the same message (89 % alike) as channel "email": adapt it to the channel\'s format and audience.' },
          { messageId: 'twoChannels', line: 5, column: 47, severity: 'warning', text: 'Channel "x" carries the same message as channel "email": adapt it to the channel\'s format and audience.' },
        ],
      },
      {
        code: yaml`
          channels:
            - id: email
              type: email
              content: { message: Same words here }
            - id: sms
              type: sms
              content: { message: Same words here }
        `,
        errors: [{ messageId: 'everyChannel', line: 4, column: 25 }],
      },
    ],
  });
});

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
      // Distinct Polish, Irish and Ukrainian messages stay distinct: diacritics, apostrophes and look-alike folding merge no words.
      'channels:\n' + channel('a', 'Świeży chleb z pieca co rano, zamów do 20:00.')
        + channel('b', 'Tá arán úr ón oigheann gach maidin ag an siopa.')
        + channel('c', 'Свіжий хліб щоранку: замовте до восьмої вечора.')
        + channel('d', 'Żytni na zakwasie w sobotę: zarezerwuj bochenek w aplikacji.'),
      // Diacritics are letters: the same words with and without Irish fadas or Polish letters are other words.
      'channels:\n' + channel('a', 'Tá sé ar díol inniú') + channel('b', 'Ta se ar diol inniu') + channel('c', 'Zażółć gęślą jaźń') + channel('d', 'Zazolc gesla jazn'),
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
        // Three of four channels: more than half, and at least three, is one message for the whole strategy.
        errors: [
          { messageId: 'mostChannels', line: 2, column: 51, severity: 'error', text: '3 of the 4 channels (email, sms, x) carry nearly the same message: adapt it to each channel\'s format, audience and stage.' },
        ],
      },
      {
        // Two of five: a warning on the copy.
        code: 'channels:\n' + channel('email', 'Spring sale: 20 % off every pair of sneakers until Sunday!')
          + channel('sms', 'Spring sale: 20 % off every pair of sneakers until Sunday night.')
          + channel('web', 'Find the sneaker that fits your stride, with free returns for 60 days.')
          + channel('tiktok', 'Watch us wear-test a pair for 1,000 km, then guess what broke first.')
          + channel('x', 'Spring sale: 20 % off every pair of sneakers until Sunday!'),
        errors: [
          { messageId: 'mostChannels', line: 2, column: 51, severity: 'error' },
        ],
      },
      {
        code: 'channels:\n' + channel('email', 'Spring sale: 20 % off every pair of sneakers until Sunday!')
          + channel('sms', 'Spring sale: 20 % off every pair of sneakers until Sunday night.')
          + channel('web', 'Find the sneaker that fits your stride, with free returns for 60 days.')
          + channel('tiktok', 'Watch us wear-test a pair for 1,000 km, then guess what broke first.')
          + channel('blog', 'Why grape waste makes a tougher upper than leather: the lab results.'),
        errors: [
          { messageId: 'twoChannels', line: 3, column: 49, severity: 'warning', text: 'Channel "sms" carries nearly the same message (89 % alike) as channel "email": adapt it to the channel\'s format and audience.' },
        ],
      },
      {
        // 12 of 13 channels with the same copy cannot pass CI.
        code: 'channels:\n' + Array.from({ length: 12 }, (_, i) => channel(`c${i + 1}`, 'Fresh coffee roasted in Kyiv, delivered in two days.')).join('')
          + channel('c13', 'Visit the roastery on Saturdays for a free cupping session.'),
        errors: [
          { messageId: 'mostChannels', line: 2, column: 48, severity: 'error', text: '12 of the 13 channels (c1, c2, c3, c4, c5 and 7 more) carry the same message: adapt it to each channel\'s format, audience and stage.' },
        ],
      },
      {
        // Invisible characters (zero-width space, soft hyphen, word joiner, variation selector) and
        // Cyrillic or Greek look-alike letters do not make a copy different.
        code: 'channels:\n' + channel('email', 'Spring sale on every pair until Sunday')
          + channel('sms', 'Spr\u200bing s\u00adale on ev\u2060ery pair\ufe0f until Sunday')
          + channel('x', 'Ѕрrіng ѕаlе оn еvеrу pаіr untіl Ѕundау')
          + channel('web', 'SPRΙNG SΑLE ΟN EVERY PΑΙR UNTΙL SUNDΑY'),
        errors: [{ messageId: 'everyChannel', line: 2, column: 51, severity: 'error' }],
      },
      {
        // The same Ukrainian word with either apostrophe is the same word.
        code: 'channels:\n' + channel('viber', "Свіже м'ясо щоранку, доставка за годину") + channel('telegram', 'Свіже м’ясо щоранку, доставка за годину'),
        errors: [{ messageId: 'everyChannel', line: 2, column: 51 }],
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

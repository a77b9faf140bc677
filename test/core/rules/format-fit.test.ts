import { describe, test } from 'vitest';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import rule from '../../../src/core/rules/format-fit.js';

const a = (n: number) => 'a'.repeat(n);

describe('format-fit', () => {
  test('formats the channel type offers', () => {
    ruleTester.run(rule, {
      valid: [
        yaml`
          channels:
            - id: facebook-page
              type: facebook
              content: { format: image-post, message: Your oil change in 30 minutes., link: https://example.com/book }
            - id: website
              type: website
              content: { format: landing-page, headline: ${a(200)} }
        `,
        // No format, a custom channel, or a format the schema rejects: nothing to judge.
        'channels: [{ id: sms, type: sms, content: { message: hi } }, { id: kiosk, type: custom, content: { format: pin } }]\n',
        'channels: [{ id: sms, type: sms, content: { format: telegram } }, { id: ig, type: instagram, content: { format: constructor } }, { id: fax, type: fax, content: { format: pin } }]\n',
      ],
      invalid: [
        {
          code: yaml`
            channels:
              - id: tiktok
                type: tiktok
                content:
                  format: story
              - id: texts
                type: sms
                content: { format: promotional-email }
          `,
          errors: [
            {
              messageId: 'unsupportedFormat', line: 5, column: 15, endLine: 5, endColumn: 20, severity: 'warning',
              text: 'Channel "tiktok" is of type "tiktok", which does not offer the format "story": use "short-video", "video", "image-post", "carousel", "live-video" or "social-ad".',
            },
            { messageId: 'unsupportedFormat', line: 8, column: 24, text: 'Channel "texts" is of type "sms", which does not offer the format "promotional-email": use "text-message".' },
          ],
        },
      ],
    });
  });

  test('length limits, counted as each platform counts', () => {
    ruleTester.run(rule, {
      valid: [
        // Exactly at the limits; no limit for "other".
        `channels:\n  - { id: ads, type: ppc-search, content: { format: search-ad, headline: ${a(30)}, message: ${a(90)} } }\n`
          + `  - { id: sms, type: sms, content: { format: text-message, message: ${a(160)} } }\n`
          + `  - { id: x, type: x, content: { format: text-post, message: "${a(256)} https://example.com/${a(60)}" } }\n`
          + `  - { id: ads2, type: ppc-search, content: { format: other, headline: ${a(31)} } }\n`,
        `channels: [{ id: sms, type: sms, content: { format: text-message, message: "${a(69)}☕" } }]\n`,
      ],
      invalid: [
        {
          code: yaml`
            channels:
              - id: google-ads
                type: ppc-search
                content:
                  format: search-ad
                  headline: Fresh Coffee Subscription Boxes
                  message: ${a(91)}
          `,
          errors: [
            { messageId: 'tooLong', line: 6, column: 17, severity: 'warning', text: 'The headline of channel "google-ads" is 31 characters; Google Ads search allows at most 30, so cut at least 1.' },
            { messageId: 'tooLong', line: 7, column: 16, text: 'The description of channel "google-ads" is 91 characters; Google Ads search allows at most 90, so cut at least 1.' },
          ],
        },
        {
          code: `channels:\n  - { id: x, type: x, content: { format: text-post, message: "${a(255)} 😀 https://example.com/${a(60)}" } }\n`,
          errors: [{
            messageId: 'tooLong', line: 2, column: 62,
            text: 'The post of channel "x" is 282 characters as X counts them (every link counts 23, an emoji or a CJK character 2); X (Twitter) allows at most 280, so cut at least 2.',
          }],
        },
        {
          code: yaml`
            channels:
              - id: newsletter
                type: email
                content:
                  format: newsletter
                  headline: This subject line is far too long for most email apps to show in full
          `,
          errors: [{
            messageId: 'overGuidance', line: 6, column: 17, severity: 'info',
            text: 'The subject line of channel "newsletter" is 69 characters; most screens show only about 60, so the last 9 may be cut off: put the key words first, or shorten it.',
          }],
        },
      ],
    });
  });

  test('text messages, in segments', () => {
    // A text-message channel saying `message`: the finding stands at the message, line 1, column 76.
    const sms = (message: string, messageId: string, text: string, severity?: 'warning') => ({
      code: `channels: [{ id: sms, type: sms, content: { format: text-message, message: "${message}" } }]\n`,
      errors: [{ messageId, line: 1, column: 76, ...(severity ? { severity } : {}), text }],
    });
    ruleTester.run(rule, {
      valid: [],
      invalid: [
        sms(`${a(152)} 20 € off`, 'smsSegments',
          'The text message of channel "sms" is 162 characters ("€" counts as 2), so it goes out as 2 messages of up to 153 characters, each one billed; keep it to 160 to send one.', 'warning'),
        sms(`☕ ${a(150)} it’s on`, 'smsUnicode',
          'The text message of channel "sms" is 160 characters and holds "☕" and "’", outside the GSM-7 alphabet, so it goes out as 3 messages of up to 67 characters, each one billed; keep it to 70 to send one, or drop "☕" and "’" to send it as one message of up to 160.'),
        sms(`${a(170)} 😀`, 'smsEmoji',
          'The text message of channel "sms" is 173 characters ("😀" counts as 2). Emoji always go as UCS-2: 70 characters per message, 67 per part of a longer one, so it goes out as 3 messages, each one billed; keep it to 70 to send one, or drop the emoji and cut it to 160.'),
        // By alphabet: Cyrillic and Greek text has no GSM-7 form, so the advice is the length alone.
        sms('Знижка 20 % на всі кавові зерна до неділі: замовляйте на сайті, доставка безкоштовна', 'smsCyrillic',
          'The text message of channel "sms" is 84 characters. Cyrillic letters always go as UCS-2: 70 characters per message, 67 per part of a longer one, so it goes out as 2 messages, each one billed; keep it to 70 to send one.'),
        sms('Έκπτωση 20 % σε όλους τους κόκκους καφέ έως την Κυριακή, παραγγείλτε online', 'smsGreek',
          'The text message of channel "sms" is 75 characters. Greek letters always go as UCS-2: 70 characters per message, 67 per part of a longer one, so it goes out as 2 messages, each one billed; keep it to 70 to send one.'),
        // Polish and Irish letters outside GSM-7 are named; written without diacritics the text fits one message.
        sms(`Zamów kawę do niedzieli: dostawa gratis, łatwy zwrot, ${a(20)}`, 'smsLetters',
          'The text message of channel "sms" is 74 characters and holds letters outside the GSM-7 alphabet ("ó", "ę" and "ł"), so it goes as UCS-2: 70 characters per message, 67 per part of a longer one, and it goes out as 2 messages, each one billed; keep it to 70 to send one, or write these letters without their diacritics to send it as one message of up to 160.'),
        sms('Fáilte romhat! Cuir glaoch orainn inniú nó tabhair cuairt ar an siopa i nGaillimh', 'smsLetters',
          'The text message of channel "sms" is 81 characters and holds letters outside the GSM-7 alphabet ("á", "ú" and "ó"), so it goes as UCS-2: 70 characters per message, 67 per part of a longer one, and it goes out as 2 messages, each one billed; keep it to 70 to send one, or write these letters without their diacritics to send it as one message of up to 160.'),
      ],
    });
  });

  test('links people cannot click', () => {
    ruleTester.run(rule, {
      valid: [
        // Story link stickers are clickable; the content says where the link is; offline formats are meant to be typed or scanned.
        yaml`
          channels:
            - { id: story, type: instagram, content: { format: story, message: "Swipe: shop.com/new", link: "https://shop.com/new" } }
            - { id: feed, type: instagram, content: { format: carousel, message: Fresh drop, cta: Tap the link in our bio, link: "https://shop.com/new" } }
            - { id: reel, type: instagram, content: { format: short-video, message: "Fresh drop, link in bio (shop.com/new)" } }
            - { id: flyer, type: print, content: { format: flyer, message: "Order at ryeandrise.fr/weekend", link: "https://ryeandrise.fr/weekend" } }
            - { id: booth, type: events, content: { format: event-booth, message: "Scan to book: ledgerly.com/demo", link: "https://ledgerly.com/demo" } }
            - { id: paper, type: print, content: { format: article, message: "The full story: ryeandrise.fr/story" } }
        `,
      ],
      invalid: [
        {
          code: yaml`
            channels:
              - id: instagram
                type: instagram
                content:
                  format: image-post
                  message: "Subscribe today at nomad.coffee/sub, and get 20 % off."
                  link: https://nomad.coffee/sub
          `,
          errors: [{
            messageId: 'linkInText', line: 6, column: 16, severity: 'warning',
            text: 'Channel "instagram" relies on the link "nomad.coffee/sub" in its Instagram caption. Links in captions are not clickable: use the link in bio, a story link sticker or an ad.',
          }],
        },
        {
          code: yaml`
            channels:
              - id: reels
                type: instagram
                content:
                  format: short-video
                  message: One year of wear in 30 seconds.
                  link: https://verdestride.com/loop-runner
          `,
          errors: [{
            messageId: 'linkField', line: 7, column: 13,
            text: 'Channel "reels" relies on the link https://verdestride.com/loop-runner from its Instagram short video. Links in captions are not clickable: use the link in bio, a story link sticker or an ad.',
          }],
        },
      ],
    });
  });
  test('where the link is: link_placement, else the call to action in five languages', () => {
    const feed = (content: string) => `channels:\n  - { id: feed, type: instagram, content: { format: image-post, ${content} } }\n`;
    ruleTester.run(rule, {
      valid: [
        // With link_placement, the words are not read: a bio, sticker, QR code, button, print or voice link is fine.
        ...['bio', 'sticker', 'qr', 'button', 'printed', 'spoken'].map((placement) => feed(`message: "New beans every Friday: nomad.coffee/sub", link_placement: ${placement}, link: "https://nomad.coffee/sub"`)),
        // Without it, "link in bio" in Ukrainian, Russian, Polish and Irish says where the link is.
        feed('message: "Нова обсмажка щоп\'ятниці", cta: Посилання в профілі, link: "https://kava.ua/sub"'),
        feed('message: "Свіжа кава щотижня", cta: Тисніть посилання в шапці профілю, link: "https://kava.ua/sub"'),
        feed('message: "Новая обжарка каждую пятницу", cta: Ссылка в шапке профиля, link: "https://kava.ru/sub"'),
        feed('message: "Świeże pieczywo co rano", cta: Link w bio, link: "https://piekarnia.pl/zamow"'),
        feed('message: "Zamów chleb na sobotę", cta: Link w profilu, link: "https://piekarnia.pl/zamow"'),
        feed('message: "Arán úr gach maidin", cta: Nasc sa bheathaisnéis, link: "https://bacus.ie/ordu"'),
        feed('message: "Arán úr gach maidin", cta: Tá an nasc inár bpróifíl, link: "https://bacus.ie/ordu"'),
        feed('message: "Свіжа кава щотижня", cta: Посилання в біо, link: "https://kava.ua/sub"'),
        feed('message: "Новая обжарка каждую пятницу", cta: Ссылка в шапке, link: "https://kava.ru/sub"'),
        feed('message: "Nowa palarnia", cta: Link w naszym profilu, link: "https://kawa.pl/sub"'),
      ],
      invalid: [
        {
          // A caption placement is a link in the caption, whatever the call to action says.
          code: feed('message: "New beans every Friday", cta: Link in bio, link_placement: caption, link: "https://nomad.coffee/sub"'),
          errors: [{ messageId: 'linkField', line: 2, column: 149 }],
        },
        {
          // An English word that merely contains "bio" is no "link in bio".
          code: feed('message: "Biodegradable cups, order at nomad.coffee/sub"'),
          errors: [{ messageId: 'linkInText', line: 2, column: 74 }],
        },
        // In every language, a call to action that sends people nowhere tappable, or a word that only looks like
        // "profile" or "header" (профілактика, шапки, profilaktyka), leaves the caption's link unclickable.
        { code: feed('message: "Зимові шапки зі знижкою", cta: Замовляйте на сайті, link: "https://kava.ua/sub"'), errors: [{ messageId: 'linkField', line: 2, column: 133 }] },
        { code: feed('message: "Профілактика кавоварки", cta: Записуйтесь, link: "https://kava.ua/sub"'), errors: [{ messageId: 'linkField', line: 2, column: 124 }] },
        { code: feed('message: "Профилактика кофемашины", cta: Запишитесь сегодня, link: "https://kava.ru/sub"'), errors: [{ messageId: 'linkField', line: 2, column: 132 }] },
        { code: feed('message: "Profilaktyka ekspresu", cta: Zapisz się dziś, link: "https://kawa.pl/sub"'), errors: [{ messageId: 'linkField', line: 2, column: 127 }] },
        { code: feed('message: "Arán úr gach maidin", cta: Cuir glaoch orainn, link: "https://bacus.ie/ordu"'), errors: [{ messageId: 'linkField', line: 2, column: 128 }] },
      ],
    });
  });

  test('several headlines and descriptions, each at its own place, and how many the format takes', () => {
    const ad = (headlines: string[], descriptions: string[]) => yaml`
      channels:
        - id: search
          type: ppc-search
          content:
            format: search-ad
            headlines: [${headlines.map((h) => JSON.stringify(h)).join(', ')}]
            descriptions: [${descriptions.map((d) => JSON.stringify(d)).join(', ')}]
    `;
    const long = 'Oil change in 30 minutes, booked online today';
    ruleTester.run(rule, {
      valid: [ad(['Oil change in 30 minutes', 'Book online in two taps', 'Late? The next one is free'], ['Pick a 30-minute slot today.', 'If we run late, your next oil change is on us.'])],
      invalid: [
        {
          code: ad(['Oil change in 30 minutes', long, 'Late? The next one is free'], ['Pick a 30-minute slot today.', 'x'.repeat(95)]),
          errors: [
            { messageId: 'tooLong', line: 6, column: 47, text: 'The headline of channel "search" is 45 characters; Google Ads search allows at most 30, so cut at least 15.' },
            { messageId: 'tooLong', line: 7, column: 54, text: 'The description of channel "search" is 95 characters; Google Ads search allows at most 90, so cut at least 5.' },
          ],
        },
        {
          code: ad(['Oil change in 30 minutes', 'Book online in two taps'], ['Pick a 30-minute slot today.']),
          errors: [
            { messageId: 'tooFew', line: 6, column: 18, text: 'Channel "search" has 2 headlines; a search ad on Google Ads search takes at least 3 (and at most 15): add more, so the platform can test and combine them.' },
            { messageId: 'tooFew', line: 7, column: 21, text: 'Channel "search" has 1 description; a search ad on Google Ads search takes at least 2 (and at most 4): add more, so the platform can test and combine them.' },
          ],
        },
        {
          code: ad(['One', 'Two', 'Three'], ['A.', 'B.', 'C.', 'D.', 'E.']),
          errors: [{ messageId: 'tooMany', line: 7, column: 21, text: 'Channel "search" has 5 descriptions; a search ad on Google Ads search takes at most 4: keep the 4 strongest.' }],
        },
      ],
    });
  });
});

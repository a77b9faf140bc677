import { describe, test } from 'vitest';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import linkTracking from '../../../src/core/rules/link-tracking.js';

const base = yaml`
  mcm: 1
  name: Spring Promo 2027
  goal: { statement: Book 400 oil changes }
  usp: Done in 30 minutes
  personas:
    - { id: commuter, name: Emma }
  channels:
    - id: instagram
      type: instagram
      content: { link: "https://example.com/book?utm_source=instagram&utm_medium=social&utm_campaign=spring" }
    - id: newsletter
      type: email
      content: { link: "https://example.com/book?utm_source=newsletter&utm_medium=Email&utm_campaign=spring" }
    - id: google-search
      type: ppc-search
      content: { link: "https://example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring" }
    - id: website
      type: website
      content: { link: https://example.com/book }
    - id: flyer
      type: print
      content: { link: https://example.com/flyer }
`;

describe('link-tracking', () => {
  test('cases', () => {
    ruleTester.run(linkTracking, {
      valid: [
        base,
        // Paid social reads as social too; a link read out on a podcast is typed by hand.
        base.replace('utm_medium=social', 'utm_medium=paid_social'),
        base.replace('type: email', 'type: podcast').replace('"https://example.com/book?utm_source=newsletter&utm_medium=Email&utm_campaign=spring" }', 'https://example.com/book, link_placement: spoken }'),
        // Not a web address: nothing to tag.
        base.replace('https://example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring', 'not a link'),
      ],
      invalid: [
        {
          code: base.replace('?utm_source=instagram&utm_medium=social&utm_campaign=spring', ''),
          errors: [{
            messageId: 'missing', line: 10, column: 22, severity: 'info',
            text: 'The link of "instagram" carries no utm_source, utm_medium or utm_campaign: analytics cannot tell the visits it brings from other traffic. Add utm_source=instagram&utm_medium=social&utm_campaign=spring-promo-2027 to it.',
          }],
        },
        {
          code: base.replace('&utm_campaign=spring"', '&utm_campaign="').replace('utm_medium=Email', 'utm_medium=newsletter'),
          errors: [
            { messageId: 'missing', line: 10, column: 22, text: 'The link of "instagram" carries no utm_campaign: analytics cannot tell the visits it brings from other traffic. Add utm_campaign=spring-promo-2027 to it.' },
            { messageId: 'wrongMedium', line: 13, column: 22, text: 'The link of "newsletter" has utm_medium=newsletter, which GA4 does not file under Email, so its visits land in another channel group: use utm_medium=email.' },
          ],
        },
        {
          // SMS links are tagged with utm_medium=sms.
          code: base.replace('type: email', 'type: sms').replace('https://example.com/book?utm_source=newsletter&utm_medium=Email', 'https://example.com/r?utm_source=text-club&utm_medium=text'),
          errors: [{ messageId: 'wrongMedium', line: 13, column: 22, text: 'The link of "newsletter" has utm_medium=text, which GA4 does not file under SMS, so its visits land in another channel group: use utm_medium=sms.' }],
        },
        {
          code: base.replace('utm_medium=cpc', 'utm_medium=search'),
          errors: [{ messageId: 'wrongMedium', line: 16, column: 22, text: 'The link of "google-search" has utm_medium=search, which GA4 does not file under Paid Search, so its visits land in another channel group: use utm_medium=cpc.' }],
        },
        {
          // Types with no channel group of their own get a medium GA4 files somewhere: never utm_medium=<type>.
          code: base.replace('type: instagram', 'type: telegram').replace('type: email', 'type: webinar').replace('?utm_source=google&utm_medium=cpc&utm_campaign=spring', '').replace('type: ppc-search', 'type: google-business-profile')
            .replace('?utm_source=instagram&utm_medium=social&utm_campaign=spring', '').replace('?utm_source=newsletter&utm_medium=Email&utm_campaign=spring', ''),
          errors: [
            { messageId: 'missing', line: 10, column: 22, text: 'The link of "instagram" carries no utm_source, utm_medium or utm_campaign: analytics cannot tell the visits it brings from other traffic. Add utm_source=telegram&utm_medium=social&utm_campaign=spring-promo-2027 to it.' },
            { messageId: 'missing', line: 13, column: 22, text: 'The link of "newsletter" carries no utm_source, utm_medium or utm_campaign: analytics cannot tell the visits it brings from other traffic. Add utm_source=newsletter&utm_medium=referral&utm_campaign=spring-promo-2027 to it.' },
            { messageId: 'missing', line: 16, column: 22, text: 'The link of "google-search" carries no utm_source, utm_medium or utm_campaign: analytics cannot tell the visits it brings from other traffic. Add utm_source=google&utm_medium=organic&utm_campaign=spring-promo-2027 to it.' },
          ],
        },
      ],
    });
  });
});

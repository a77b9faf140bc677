import { test } from 'vitest';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import rule from '../../../src/core/rules/kpi-channel-fit.js';

test('kpi-channel-fit', () => {
  ruleTester.run(rule, {
    valid: [
      yaml`
        channels:
          - id: instagram
            type: instagram
            kpis: [{ metric: shares, target: 400 }, { metric: saves, target: 300 }]
          - id: x
            type: x
            kpis: [{ metric: retweets, target: 400 }]
      `,
      // The user's own metrics are never judged, nor catalog metrics of unknown fit.
      'channels: [{ id: tiktok, type: tiktok, kpis: [{ metric: duets, target: 50 }, { metric: delivery_rate, target: 0.9 }] }]\n',
      // Custom channels are never checked.
      'channels: [{ id: kiosk, type: custom, kpis: [{ metric: retweets, target: 5 }] }]\n',
      // A channel type the schema rejects is the schema's to report.
      'channels: [{ id: fax, type: fax, kpis: [{ metric: retweets, target: 5 }] }]\n',
      'channels: [{ id: instagram, type: instagram, kpis: [{ metric: constructor, target: 5 }, { metric: __proto__, target: 5 }] }]\n',
    ],
    invalid: [
      {
        code: yaml`
          channels:
            - id: instagram
              type: instagram
              kpis:
                - metric: followers
                  target: 8000
                - metric: retweets
                  target: 400
        `,
        errors: [{
          messageId: 'misfit', line: 7, column: 17, endLine: 7, endColumn: 25, severity: 'warning',
          text: 'Channel "instagram" uses the KPI "retweets", which Instagram does not have; try "shares" or "saves". Retweets (reposts) exist only on X.',
        }],
        // The catalog's alternatives need the user's judgement: suggestions, which --fix leaves alone.
        output: null,
        suggestions: [
          { desc: 'Measure "shares" instead', output: 'channels:\n  - id: instagram\n    type: instagram\n    kpis:\n      - metric: followers\n        target: 8000\n      - metric: shares\n        target: 400\n' },
          { desc: 'Measure "saves" instead', output: 'channels:\n  - id: instagram\n    type: instagram\n    kpis:\n      - metric: followers\n        target: 8000\n      - metric: saves\n        target: 400\n' },
        ],
      },
      {
        // Alternatives the channel already measures are not suggested again.
        code: yaml`
          channels:
            - id: tiktok
              type: tiktok
              kpis:
                - { metric: video_views, target: 150000 }
                - { metric: open_rate, target: 0.3 }
        `,
        errors: [{
          messageId: 'misfit', line: 6, column: 19,
          text: 'Channel "tiktok" uses the KPI "open_rate", which TikTok does not have; try "engagement_rate". Open rate is measured only for emails, push notifications and in-app messages, which are opened; this channel reports no opens.',
        }],
      },
      {
        code: yaml`
          channels:
            - id: newsletter
              type: email
              kpis: [{ metric: subscribers, target: 900 }, { metric: followers, target: 1000 }, { metric: likes, target: 10 }, { metric: click_rate, target: 0.05 }]
        `,
        errors: [
          {
            messageId: 'alreadyMeasured', line: 4, column: 60,
            text: 'Channel "newsletter" uses the KPI "followers", which Email does not have; remove it, since you already measure "subscribers". Nobody follows an email, text or push list: people subscribe (opt in).',
          },
          { messageId: 'alreadyMeasured', line: 4, column: 97 },
        ],
      },
      {
        // Every channel is checked, each misfit at its own metric.
        code: yaml`
          channels:
            - id: flyer
              type: print
              kpis: [{ metric: click_through_rate, target: 0.02 }]
            - id: radio
              type: radio
              kpis: [{ metric: reach, target: 90000 }, { metric: video_views, target: 5000 }]
        `,
        errors: [
          { messageId: 'misfit', line: 4, column: 22, text: 'Channel "flyer" uses the KPI "click_through_rate", which Print does not have; try "redemptions". Nobody can click a printed page, a poster or a broadcast spot: count the responses it brings.' },
          { messageId: 'misfit', line: 7, column: 56, text: 'Channel "radio" uses the KPI "video_views", which Radio does not have; try "listens". Radio is audio only: there is no video to view.' },
        ],
      },
    ],
  });
});

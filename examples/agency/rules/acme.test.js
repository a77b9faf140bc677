// Run with: node --test rules/
import { describe, it } from 'node:test';
import { RuleTester, yaml } from 'mcm-strategy';
import acme from './acme.js';

new RuleTester({ describe, it }).run(acme.rules['utm-on-every-link'], {
  valid: [
    yaml`
      channels:
        - id: email
          type: email
          content: { link: "https://example.com/?utm_source=newsletter&utm_medium=email&utm_campaign=spring" }
    `,
    yaml`
      channels:
        - id: shop
          type: website
          content: { message: No link here }
    `,
  ],
  invalid: [
    {
      code: yaml`
        channels:
          - id: email
            type: email
            content: { link: "https://example.com/?utm_source=newsletter" }
      `,
      errors: [{ messageId: 'missing', line: 4, column: 22, text: 'The link of "email" lacks utm_medium, utm_campaign: the agency reports every visit by campaign.' }],
    },
  ],
});

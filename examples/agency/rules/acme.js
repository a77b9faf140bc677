// The agency's own rules. A plugin is code: it runs with the rights of whoever runs mcm.
import { defineRule } from 'mcm-strategy';

const UTM = ['utm_source', 'utm_medium', 'utm_campaign'];

const utmOnEveryLink = defineRule({
  id: 'utm-on-every-link',
  description: 'Every link in a channel carries utm_source, utm_medium and utm_campaign.',
  severity: { recommended: 'error', strict: 'error' },
  messages: {
    missing: 'The link of "{{channel}}" lacks {{missing}}: the agency reports every visit by campaign.',
  },
  check({ strategy, report }) {
    for (const [index, channel] of (strategy.channels ?? []).entries()) {
      if (!channel) continue;
      const link = channel.content?.link;
      if (typeof link !== 'string') continue;
      let params;
      try {
        params = new URL(link).searchParams;
      } catch {
        continue;
      }
      const missing = UTM.filter((key) => !params.get(key));
      if (missing.length) report({ messageId: 'missing', path: ['channels', index, 'content', 'link'], data: { channel: channel.id ?? String(index + 1), missing: missing.join(', ') } });
    }
  },
});

export default {
  meta: { name: 'acme', docsUrl: 'https://acme-agency.example/mcm-rules' },
  rules: { 'utm-on-every-link': utmOnEveryLink },
};

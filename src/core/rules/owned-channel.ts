import { defineRule } from '../lint/define-rule.js';

export default defineRule({
  id: 'owned-channel',
  description: 'The strategy includes a website or blog channel: your site is a channel too.',
  severity: { recommended: 'info', strict: 'info' },
  messages: {
    noSite: 'The strategy has no website or blog channel: your site is a channel too. Add it (type website or blog) with its own message and KPIs, since the other channels send people there to learn more and to buy.',
  },
  check({ strategy, report }) {
    const channels = strategy.channels.filter(Boolean);
    // A channel the schema rejected (a misspelt "websit", say) may be the site.
    if (!channels.length || channels.length !== strategy.channels.length) return;
    if (!channels.some((c) => c.type === 'website' || c.type === 'blog')) report({ messageId: 'noSite', path: ['channels'], target: 'key' });
  },
});

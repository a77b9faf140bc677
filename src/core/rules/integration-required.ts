import { defineRule } from '../lint/define-rule.js';

export default defineRule({
  id: 'integration-required',
  description: 'A cross-channel or omnichannel strategy names a CRM or a journey that connects its channels.',
  severity: { recommended: 'warning', strict: 'warning' },
  messages: {
    unconnected: 'A {{approach}} strategy hands customers from one channel to the next, but nothing here connects the channels: name your CRM under stack.crm, or add a journey whose steps go through two or more channels.',
  },
  check({ strategy, report, provided }) {
    const { approach, journeys } = strategy;
    if (approach !== 'cross-channel' && approach !== 'omnichannel') return;
    if (provided(['stack', 'crm'])) return;
    // A journey or a step the schema rejected may be the one that connects channels.
    if (journeys.filter(Boolean).length !== journeys.length) return;
    const connects = journeys.some((journey) => {
      const steps = journey.steps ?? [];
      const channels = new Set(steps.filter(Boolean).map((step) => step.channel));
      return channels.size > 1 || steps.filter(Boolean).length !== steps.length;
    });
    if (!connects) report({ messageId: 'unconnected', data: { approach }, path: ['approach'] });
  },
});

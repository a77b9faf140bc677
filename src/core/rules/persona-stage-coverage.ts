import { defineRule } from '../lint/define-rule.js';
import { CORE_STAGES, type Stage } from '../strategy/types.js';

export default defineRule({
  id: 'persona-stage-coverage',
  description: 'Every persona is reached at each core funnel stage by a channel that targets it.',
  severity: { recommended: 'info', strict: 'warning' },
  messages: {
    gap: 'Persona "{{persona}}" is reached at no {{stages}} stage: none of the channels there targets this persona. Add "{{persona}}" to the personas of {{candidates}}, or a channel for this persona to that stage.',
    more: '{{channels}} (or another channel there)',
  },
  check({ strategy, report }) {
    const { personas, channels, funnel, journeys } = strategy;
    if (!funnel.length) return;
    // A channel that names no personas is not aimed at anyone in particular: channel-orphans says so, and
    // here it counts as reaching everyone, so one gap is not reported twice.
    const targets = new Map<string, string[] | undefined>();
    channels.forEach((c) => targets.set(c.id, c.personas?.filter(Boolean)));
    const stageChannels = new Map<Stage, string[]>();
    const listed = new Map<Stage, Set<string>>();
    funnel.forEach((item) => {
      const list = stageChannels.get(item.stage) ?? [];
      const seen = listed.get(item.stage) ?? new Set<string>();
      item.channels?.forEach((id) => {
        if (targets.has(id) && !seen.has(id)) {
          seen.add(id);
          list.push(id);
        }
      });
      stageChannels.set(item.stage, list);
      listed.set(item.stage, seen);
    });
    // Per stage, once: the personas its channels name (every persona when one channel names none).
    const reach = new Map<Stage, { has(id: string): boolean }>();
    const reachedAt = (stage: Stage, serving: string[]) => {
      let found = reach.get(stage);
      if (!found) {
        const ids = new Set<string>();
        let everyone = false;
        for (const id of serving) {
          const who = targets.get(id);
          if (who === undefined) everyone = true;
          else for (const name of who) ids.add(name);
        }
        found = everyone ? { has: () => true } : ids;
        reach.set(stage, found);
      }
      return found;
    };
    personas.forEach((persona, p) => {
      const missing: Stage[] = [];
      const candidates: string[] = [];
      const named = new Set<string>();
      for (const stage of CORE_STAGES) {
        const serving = stageChannels.get(stage);
        // A stage with no channel at all is funnel-coverage's finding, not a persona's gap.
        if (!serving?.length) continue;
        const reached = reachedAt(stage, serving).has(persona.id);
        const inJourney = journeys.some((j) => j.persona === persona.id && j.steps?.some((s) => s?.stage === stage && targets.has(s.channel)));
        if (reached || inJourney) continue;
        missing.push(stage);
        for (const id of serving) {
          if (named.has(id)) continue;
          named.add(id);
          candidates.push(id);
        }
      }
      if (!missing.length) return;
      const shown = candidates.slice(0, 3);
      const channelList = { list: shown, join: 'or' as const, quoted: true };
      const data = { persona: persona.id, stages: { list: missing, join: 'or' as const }, candidates: candidates.length > 3 ? { messageId: 'more', data: { channels: channelList } } : channelList };
      report({ messageId: 'gap', data, path: ['personas', p, 'id'] });
    });
  },
});

import { defineRule } from '../lint/define-rule.js';

export default defineRule({
  id: 'unique-ids',
  description: 'Persona ids and channel ids are unique.',
  severity: { recommended: 'error', strict: 'error' },
  messages: {
    duplicatePersona: 'Persona id "{{id}}" is already used by persona {{first}}: give each persona its own id.',
    duplicateChannel: 'Channel id "{{id}}" is already used by channel {{first}}: give each channel its own id.',
  },
  check({ strategy, report }) {
    const lists = [['personas', 'duplicatePersona'], ['channels', 'duplicateChannel']] as const;
    for (const [list, messageId] of lists) {
      const seen = new Map<string, number>();
      strategy[list].forEach((item, i) => {
        if (item.id === undefined) return;
        const first = seen.get(item.id);
        if (first === undefined) seen.set(item.id, i);
        else report({ messageId, data: { id: item.id, first: first + 1 }, path: [list, i, 'id'] });
      });
    }
  },
});

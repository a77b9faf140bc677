/** The kinds of business with a preset: a complete example strategy whose answers are suggested. */
export const PRESET_NAMES = ['local-service', 'ecommerce', 'b2b-saas'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** The questions asked once, each answerable by a flag; the key is where it goes in an answers file. */
export const ANSWER_FLAGS = [
  { flag: '--kind', value: 'kind', key: 'business.kind', description: 'the kind of business: local-service, shop, b2b, education, hospitality, health, events, non-profit or other' },
  { flag: '--where', value: 'place', key: 'business.place', description: 'the country (and language) of the business, like "Poland" or "Ireland, English"' },
  { flag: '--name', value: 'text', key: 'name', description: 'the name of the strategy or campaign' },
  { flag: '--goal', value: 'sentence', key: 'goal.statement', description: 'the one goal every channel serves' },
  { flag: '--goal-metric', value: 'metric', key: 'goal.metric', description: 'what measures the goal, in words, like "course enrolments"' },
  { flag: '--goal-target', value: 'number', key: 'goal.target', description: 'the number the goal metric must reach' },
  { flag: '--goal-baseline', value: 'number', key: 'goal.baseline', description: 'where the goal metric stands today' },
  { flag: '--period', value: 'dates', key: 'period', description: 'when the strategy runs, like "1 Oct 2026 to 31 Dec 2026"' },
  { flag: '--goal-deadline', value: 'date', key: 'goal.deadline', description: 'when the goal must be reached, within the period' },
  { flag: '--usp', value: 'text', key: 'usp', description: 'the unique selling proposition' },
  { flag: '--approach', value: 'approach', key: 'approach', description: 'multichannel, cross-channel or omnichannel' },
  { flag: '--crm', value: 'name', key: 'stack.crm', description: 'the CRM that connects the channels' },
  { flag: '--voice', value: 'words', key: 'brand.voice', description: 'brand voice words, comma-separated' },
  { flag: '--core-message', value: 'text', key: 'brand.core_message', description: 'the one idea every message comes back to' },
  { flag: '--channels', value: 'types', key: 'channels', description: 'channel types, comma-separated, like website,email,instagram' },
  { flag: '--budget', value: 'amount', key: 'budget.total', description: 'the total budget' },
  { flag: '--currency', value: 'code', key: 'budget.currency', description: 'the budget currency, like EUR' },
] as const;

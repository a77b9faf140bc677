import type { Answers } from '../answers.js';
import type { PresetName } from '../flags.js';
import { b2bSaas } from './b2b-saas.js';
import { ecommerce } from './ecommerce.js';
import { localService } from './local-service.js';
import { kindOfPreset } from '../kinds.js';
import { suggestedPeriod } from '../questions.js';
import { tx } from '../messages.js';
import { translatePreset } from './texts.js';

export { PRESET_NAMES, type PresetName } from '../flags.js';

/** A complete, realistic strategy for a kind of business: the defaults of every question. */
export function preset(name: PresetName, today: string): Answers {
  const make = { 'local-service': localService, ecommerce, 'b2b-saas': b2bSaas }[name];
  const deadline = deadlineAfter(today);
  // In the wizard's language: the words a person reads, where the language's table gives them.
  const answers = translatePreset(name, make(deadline), tx);
  const period = suggestedPeriod(today, deadline);
  return {
    ...answers,
    business: { kind: kindOfPreset(name) },
    period,
    channels: answers.channels.map((c) => ({ ...c, stages: answers.funnel.filter((s) => s.channels.includes(c.id)).map((s) => s.stage), schedule: [period] })),
  };
}

/**
 * The last day of the quarter two months from `today` (YYYY-MM-DD): far enough to run a campaign, near
 * enough for goals that say "this quarter".
 */
export function deadlineAfter(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 2, 1);
  const lastMonth = Math.floor(date.getUTCMonth() / 3) * 3 + 2;
  const end = new Date(Date.UTC(date.getUTCFullYear(), lastMonth + 1, 0));
  return end.toISOString().slice(0, 10);
}

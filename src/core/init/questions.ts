import { CHANNEL_TYPES } from '../catalog/ids.js';
import { metrics } from '../catalog/index.js';
import { isRecord } from '../strategy/describe.js';
import type { AgeRange } from '../strategy/types.js';
import type { Answers, Approach, PersonaAnswers, Segment } from './answers.js';
import { question, type Choice } from './question.js';
import { typeChoices } from './suggest.js';
import { date, id, list, number, oneOf, optionalNumber, optionalText, slug, someOf, text, type Read, type Reader } from './validate.js';

// The strategy-wide questions, the persona questions and the budget questions. Channel, funnel, content
// and KPI questions are in channel-questions.ts.

const METRIC_ID = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

/** A metric id: snake_case, one from the catalog or the user's own. */
export function metricId(what: string): Reader<string> {
  const required = text(what, 'appointments_booked');
  return (raw) => {
    const read = required(raw);
    if ('error' in read || METRIC_ID.test(read.value)) return read;
    const suggestion = slug(read.value).replace(/-/g, '_').replace(/^[0-9_]+/, '');
    return { error: `${what} "${read.value}" is not a metric id: write it in lowercase with underscores${suggestion ? `, like "${suggestion}"` : ''}.` };
  };
}

export function isRatio(metric: string): boolean {
  return Object.hasOwn(metrics, metric) && metrics[metric]!.ratio;
}

export const APPROACHES: Choice[] = [
  { value: 'multichannel', name: 'Multichannel', description: 'each channel runs on its own, toward the same goal' },
  { value: 'cross-channel', name: 'Cross-channel', description: 'channels hand a customer over to each other (an ad leads to an email, then a text)' },
  { value: 'omnichannel', name: 'Omnichannel', description: 'one continuous experience: the customer picks up anywhere where they left off' },
];

/**
 * The questions about the strategy as a whole. The preset suggests the goal's metric and numbers only
 * while the goal is the preset's, and the core message only while the USP is.
 */
export function strategyQuestions(preset: Answers, today: string) {
  const goalOf = (statement: string) => (statement === preset.goal.statement ? preset.goal : undefined);
  return {
    name: question({ key: 'name', flag: '--name', type: 'input', message: 'What is the strategy or campaign called?', default: preset.name, read: text('The name', 'Spring oil-change promo') }),
    statement: question({ key: 'goal.statement', flag: '--goal', type: 'input', message: 'What is the one goal every channel serves? One sentence.', default: preset.goal.statement, read: text('The goal', 'Book 400 oil changes online this quarter') }),
    metric: (statement: string) => question({
      key: 'goal.metric', flag: '--goal-metric', type: 'input', message: 'Which metric measures that goal?',
      hint: 'a catalog metric like appointments_booked, revenue or leads, or your own in snake_case',
      default: goalOf(statement)?.metric, read: metricId('The goal metric'),
    }),
    target: (statement: string, metric: string) => question({
      key: 'goal.target', flag: '--goal-target', type: 'input', message: `What number should ${metric} reach?`, hint: isRatio(metric) ? 'a rate: 0.05 or 5%' : undefined,
      default: goalOf(statement)?.metric === metric ? preset.goal.target : undefined,
      read: number('The goal target', isRatio(metric) ? '0.05' : '400', isRatio(metric) ? { rate: true } : {}),
    }),
    baseline: (statement: string, metric: string) => question({
      key: 'goal.baseline', flag: '--goal-baseline', type: 'input', message: `Where does ${metric} stand today?`, hint: 'optional',
      default: goalOf(statement)?.metric === metric ? preset.goal.baseline : undefined,
      read: optionalNumber('The goal baseline', isRatio(metric) ? '0.03' : '250', isRatio(metric) ? { rate: true } : {}),
    }),
    deadline: question({ key: 'goal.deadline', flag: '--goal-deadline', type: 'input', message: 'By when?', hint: 'YYYY-MM-DD', default: preset.goal.deadline, read: date('The deadline', today) }),
    usp: question({
      key: 'usp', flag: '--usp', type: 'input', message: 'What is your unique selling proposition: why do customers pick you over the alternatives?',
      default: preset.usp, read: text('The USP', 'Done in 30 minutes, or the next one is free'),
    }),
    approach: question<Approach>({ key: 'approach', flag: '--approach', type: 'select', message: 'How do your channels work together?', choices: APPROACHES, default: preset.approach, read: oneOf('The approach', ['multichannel', 'cross-channel', 'omnichannel']) }),
    crm: question({
      key: 'stack.crm', flag: '--crm', type: 'input', message: 'Which CRM connects your channels and follows each customer across them?',
      hint: 'optional, like HubSpot or Salesforce', default: preset.crm, read: optionalText('The CRM', 'HubSpot'),
    }),
    voice: question({
      key: 'brand.voice', flag: '--voice', type: 'input', message: 'Which words describe your brand voice?',
      hint: 'comma-separated, like friendly, straightforward; optional', default: preset.brand.voice, read: list('A brand voice word', 'friendly, straightforward'),
    }),
    coreMessage: (usp: string) => question({
      key: 'brand.core_message', flag: '--core-message', type: 'input', message: 'What is the one idea every message comes back to?', hint: 'optional',
      default: usp === preset.usp ? preset.brand.core_message : undefined, read: optionalText('The core message', 'Quick, honest car care close to home'),
    }),
  };
}

/**
 * The questions about persona `n`. `base` is the preset persona at this place, if any: it suggests the
 * details only while the name is its name (`same`).
 */
export function personaQuestions(n: number, base: PersonaAnswers | undefined, takenIds: string[]) {
  const short = (name: string) => name.split(',')[0]!.trim() || name;
  const from = <T>(same: boolean, value: T | undefined) => (same ? value : undefined);
  return {
    name: question({ key: 'personas[].name', type: 'input', message: `Persona ${n}: who is it? A first name and a role.`, default: base?.name, read: text('The persona', 'Emma, the busy commuter') }),
    id: (name: string, same: boolean) => question({
      key: 'personas[].id', type: 'input', message: `An id for "${name}", used to refer to this persona:`,
      default: uniqueId(from(same, base?.id) ?? (slug(name) || `persona-${n}`), takenIds), read: id('The persona id', takenIds, 'another persona'),
    }),
    segment: (name: string) => question<Segment>({
      key: 'personas[].segment', type: 'select', message: `Is ${short(name)} a consumer or a professional buyer?`,
      choices: [{ value: 'b2c', name: 'Consumer (B2C)' }, { value: 'b2b', name: 'Professional buyer (B2B)' }],
      default: base?.segment ?? 'b2c', read: oneOf('The segment', ['b2c', 'b2b']),
    }),
    age: (name: string, same: boolean) => question({ key: 'personas[].age', type: 'input', message: `How old is ${short(name)}?`, hint: 'a range like 28-40, or 45+; optional', default: from(same, base?.age), read: ageRange, show: showAge }),
    description: (name: string, same: boolean) => question({ key: 'personas[].description', type: 'input', message: `Describe ${short(name)} in a sentence.`, hint: 'optional', default: from(same, base?.description), read: optionalText('The description', 'Drives to work daily, books services on her phone') }),
    motivations: (name: string, same: boolean) => question({ key: 'personas[].motivations', type: 'input', message: `What does ${short(name)} want?`, hint: 'comma-separated; optional', default: from(same, base?.motivations), read: list('A motivation', 'save time, trustworthy service') }),
    painPoints: (name: string, same: boolean) => question({ key: 'personas[].pain_points', type: 'input', message: `What frustrates ${short(name)} today?`, hint: 'comma-separated; optional', default: from(same, base?.pain_points), read: list('A pain point', 'waiting rooms, surprise costs') }),
    preferred: (name: string, same: boolean, segment: Segment) => question({
      key: 'personas[].preferred_channels', type: 'checkbox', message: `Which channels does ${short(name)} already use?`, hint: 'optional',
      choices: typeChoices([], [segment]).filter((c) => c.value !== 'custom'), default: from(same, base?.preferred_channels) ?? [],
      read: someOf('The preferred channels', 'A preferred channel', CHANNEL_TYPES.filter((t) => t !== 'custom'), 0, ''),
    }),
    another: (more: boolean) => question({ key: 'personas', type: 'confirm', message: 'Add another persona?', default: more, read: (raw) => (typeof raw === 'boolean' ? { value: raw } : { error: 'Answer yes or no.' }) }),
  };
}

export function budgetQuestions(preset: Answers) {
  return {
    total: question({ key: 'budget.total', flag: '--budget', type: 'input', message: 'What is the total budget for all channels?', hint: 'a number; optional', default: preset.budget?.total, read: optionalNumber('The total budget', '12000', { min: 0 }) }),
    currency: question({ key: 'budget.currency', flag: '--currency', type: 'input', message: 'In which currency?', hint: 'ISO code like EUR, USD or GBP', default: preset.budget?.currency ?? 'EUR', read: currency }),
    split: (channel: string, remaining: number, currencyCode: string, suggested: number | undefined) => {
      const amount = optionalNumber(`The budget of "${channel}"`, String(Math.floor(remaining / 2)), { min: 0 });
      const left = `${formatAmount(remaining)} ${currencyCode}`.trim();
      return question({
        key: 'channels[].budget', type: 'input', message: `Budget for "${channel}"?`, hint: `${left} left; optional`, default: suggested,
        read: (raw) => {
          const read = amount(raw);
          return 'value' in read && read.value !== undefined && read.value > remaining ? { error: `The channel budgets would add up to more than the total budget: ${left} is left for "${channel}".` } : read;
        },
      });
    },
  };
}

const currency: Reader<string> = (raw) => {
  const value = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
  return /^[A-Z]{3}$/.test(value) ? { value } : { error: `The currency must be a three-letter ISO code, like EUR, USD or GBP${typeof raw === 'string' && raw.trim() ? `, not "${raw.trim()}"` : ''}.` };
};

/** "28-40", "45+", "30" or { min, max }. */
const ageRange: Reader<AgeRange | undefined> = (raw) => {
  if (raw === undefined || raw === null || (typeof raw === 'string' && ['', '-'].includes(raw.trim()))) return { value: undefined };
  let parts: unknown[];
  if (isRecord(raw)) {
    const extra = Object.keys(raw).find((k) => k !== 'min' && k !== 'max');
    if (extra) return { error: `The age range takes min and max, not "${extra}".` };
    parts = [raw.min, raw.max];
  } else {
    const written = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
    const plus = /^(\d+)\s*\+$/.exec(written);
    const range = /^(\d+)\s*(?:[-–]\s*(\d+))?$/.exec(written);
    if (!plus && !range) return { error: `The age range must look like 28-40 (youngest-oldest) or 45+${written ? `, not "${written}"` : ''}.` };
    parts = plus ? [plus[1], undefined] : [range![1], range![2] ?? range![1]];
  }
  const age = number('An age', '28', { min: 0, max: 120, integer: true });
  const read = (part: unknown): Read<number | undefined> => (part === undefined || part === null ? { value: undefined } : age(part));
  const min = read(parts[0]);
  const max = read(parts[1]);
  if ('error' in min) return min;
  if ('error' in max) return max;
  if (min.value !== undefined && max.value !== undefined && min.value > max.value) {
    return { error: `The youngest age (${min.value}) is above the oldest (${max.value}): write youngest-oldest, like ${max.value}-${min.value}.` };
  }
  const result: AgeRange = {};
  if (min.value !== undefined) result.min = min.value;
  if (max.value !== undefined) result.max = max.value;
  return { value: result };
};

function showAge(age: AgeRange | undefined): string {
  if (!age) return '';
  return age.max === undefined ? `${age.min ?? 0}+` : `${age.min ?? 0}-${age.max}`;
}

export function uniqueId(base: string, taken: string[]): string {
  let candidate = base;
  for (let i = 2; taken.includes(candidate); i++) candidate = `${base.slice(0, 60)}-${i}`;
  return candidate;
}

export function formatAmount(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

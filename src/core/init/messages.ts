// Every sentence the wizard says: its questions, hints, choices and the checks of its answers, keyed, in ICU
// MessageFormat ({placeholder}, {count, plural, ...}). Other languages are tables with the same keys, in
// locales/init.<lang>.json; the CLI loads the one of the chosen language and hands it to useTranslator().
import { IntlMessageFormat } from 'intl-messageformat';
import { formatNumber } from '../i18n/format.js';
import { createTranslator, type Translator } from '../i18n/translate.js';
import { STAGES } from '../strategy/types.js';
import { FORMAT_DRAFTS } from './drafts.js';
import { BUSINESS_KINDS, KINDS } from './kinds.js';
import { PRESET_TEXTS } from './presets/texts.js';

export const MESSAGES = {
  // The business
  'kind.q': 'What kind of business is it?',
  'kind.local-service': 'Local service',
  'kind.local-service.about': 'a salon, a repair shop, a cleaner, a tradesperson',
  'kind.shop': 'Shop or e-commerce',
  'kind.shop.about': 'selling products, in a store or online',
  'kind.b2b': 'B2B software or services',
  'kind.b2b.about': 'selling to companies',
  'kind.education': 'Education',
  'kind.education.about': 'a school, courses, training, tutoring',
  'kind.hospitality': 'Hospitality',
  'kind.hospitality.about': 'a hotel, a restaurant, a café, tourism',
  'kind.health': 'Health',
  'kind.health.about': 'a clinic, a practice, therapy, fitness',
  'kind.events': 'Events',
  'kind.events.about': 'a festival, a conference, a venue',
  'kind.non-profit': 'Non-profit',
  'kind.non-profit.about': 'a charity, an association, a cause',
  'kind.other': 'Other',
  'kind.other.about': 'none of these',
  'place.q': 'Where is the business, and which language do its customers read?',
  'place.hint': 'a country, and a language if not its first; or a currency code. Like "Poland", "Ireland, English", "EUR"',
  'place.bad': 'Name a country ("Poland", "Ireland, English") or a currency code ("EUR"), not "{value}".',

  // The strategy
  'name.q': 'What is the strategy or campaign called?',
  'name.hint': 'like "{example}"',
  'goal.q': 'What is the one goal every channel serves? One sentence.',
  'goal.hint': 'like "{example}"',
  'goal.metric.q': 'What number tells you the goal is reached?',
  'goal.metric.hint': 'in your words, like "{example}"; or a catalog measure such as leads, revenue, conversions',
  'goal.target.q': 'How many {metric} by the end?',
  'goal.target.rate.q': 'Which {metric} by the end?',
  'goal.baseline.q': 'And how many {metric} today?',
  'goal.baseline.rate.q': 'And which {metric} today?',
  'optional': 'optional',
  'rate.hint': 'a rate, like 5%',
  'period.q': 'When does the strategy run?',
  'period.hint': 'from a first to a last day, like "{example}"',
  'deadline.q': 'By which day must the goal be reached?',
  'usp.q': 'Why do customers pick you over the alternatives?',
  'usp.hint': 'your unique selling proposition, like "{example}"',
  'approach.q': 'How do your channels work together?',
  'approach.multichannel': 'Multichannel',
  'approach.multichannel.about': 'each channel runs on its own, toward the same goal',
  'approach.cross-channel': 'Cross-channel',
  'approach.cross-channel.about': 'channels hand a customer over to each other (an ad leads to an email, then a text)',
  'approach.omnichannel': 'Omnichannel',
  'approach.omnichannel.about': 'one continuous experience: the customer picks up anywhere where they left off',
  'crm.q': 'Which CRM connects your channels and follows each customer across them?',
  'crm.hint': 'optional, like HubSpot or Salesforce',
  'voice.q': 'Which words describe your brand voice?',
  'voice.hint': 'two or three words, comma-separated',
  'core.q': 'What is the one idea every message comes back to?',

  // Personas
  'persona.name.q': 'Persona {n}: who is it? A first name and a role.',
  'persona.name.hint': 'like "{example}"',
  'persona.segment.q': 'Is {name} a consumer or a professional buyer?',
  'segment.b2c': 'Consumer (B2C)',
  'segment.b2b': 'Professional buyer (B2B)',
  'persona.age.q': 'How old is {name}?',
  'persona.age.hint': 'like 25 to 35, or 45+; optional',
  'persona.description.q': 'Describe {name} in a sentence.',
  'persona.motivations.q': 'What does {name} want?',
  'persona.pains.q': 'What frustrates {name} today?',
  'list.hint': 'comma-separated; optional',
  'persona.preferred.q': 'Which channels does {name} already use?',
  'persona.another.q': 'Add another persona?',
  'persona.preferred.fans': 'used by {names}',
  'persona.preferred.fit': 'reaches {who} well',
  'segment.words.b2c': 'consumers',
  'segment.words.b2b': 'professional buyers',
  'kind.suggested': 'often used by this kind of business',

  // Channels
  'channels.q': 'Which channels will carry the message?',
  'channels.hint': 'pre-selected from your personas and your kind of business',
  'channel.name.q': '{label}: what does your team call it?',
  'channel.personas.q': '{channel}: whom does it speak to?',
  'channel.stages.q': '{channel}: which funnel stages does it serve?',
  'channel.stages.hint': 'suggested from the channel and the others you chose',
  'stage.awareness': 'Awareness: people learn you exist',
  'stage.consideration': 'Consideration: people compare you with the alternatives',
  'stage.conversion': 'Conversion: people buy, book or sign up',
  'stage.retention': 'Retention: customers come back',
  'stage.advocacy': 'Advocacy: customers recommend you',
  'channel.format.q': '{channel}: which content format?',
  'channel.message.q': '{channel}: the message, as it will be published?',
  'channel.headline.q': '{channel}: the {label}?',
  'channel.cta.q': '{channel}: the call to action?',
  'channel.cta.hint': 'the words that tell people what to do now',
  'channel.tone.q': '{channel}: which of your brand voice words sets its tone?',
  'channel.owner.q': '{channel}: who runs it?',
  'channel.owner.hint': 'a person or a role; optional',
  'channel.kpis.q': '{channel}: which KPIs measure it, and their targets?',
  'channel.kpis.hint': 'like "{example}"; separate them with ";". Others here: {others}',
  'schedule.q': 'Which channels run for the whole period, {period}?',
  'schedule.hint': 'untick a channel to give its own dates',
  'schedule.channel.q': '{channel}: when does it run?',
  'funnel.objective.q': 'What should happen at the {stage} stage?',

  // Budget
  'budget.q': 'What is the total budget for these channels?',
  'budget.hint': 'an amount, like {example}; optional',
  'budget.split.q': 'How does the budget split across the channels?',
  'budget.split.hint': 'like "{example}"; what is left stays unassigned',

  // Review
  'review.q': 'Write the strategy, or change something first?',
  'review.write': 'Write {file}',
  'review.business': 'The business and its place',
  'review.goal': 'The goal, the period and the brand',
  'review.persona': 'Persona: {name}',
  'review.persona.add': 'Add a persona',
  'review.channel': 'Channel: {name}',
  'review.channel.add': 'Add a channel',
  'review.channel.remove': 'Remove a channel',
  'review.channel.which': 'Which channel goes?',
  'review.channel.type': 'Which kind of channel?',
  'review.schedule': 'When each channel runs',
  'review.budget': 'The budget',
  'review.funnel': 'What each funnel stage should achieve',
  'review.clean': 'mcm lint finds nothing to change.',
  'review.findings': 'mcm lint says:',
  'resume.q': 'You left {file} unfinished on {when}, with {count, plural, one {# answer} other {# answers}}: go on from there?',

  // Checks of the answers
  'err.text': '{what} must be text, like "{example}".',
  'err.empty': '{what} cannot be empty: write it in a few words, like "{example}".',
  'err.line': '{what} must fit on one line, without tabs or line breaks.',
  'err.surrogate': '{what} holds a broken character (half of an emoji?): retype it.',
  'err.list': '{what} must be a list, like "{example}".',
  'err.number': '{what} must be a number{not}: write it like {example}.',
  'err.rate': '{what} is a rate: write it like 5% (or 0.05), not {value}.',
  'err.integer': '{what} must be a whole number, like {example}.',
  'err.min': '{what} cannot be less than {min}.',
  'err.max': '{what} cannot be more than {max}.',
  'err.date': '{what} must be a day, like {example}{not}.',
  'err.past': '{what} {value} is already past: pick a day from today ({today}) on.',
  'err.range': '{what} must run from one day to another, like "{example}"{not}.',
  'err.range.order': '{what} ends ({end}) before it starts ({start}): give the first day first.',
  'err.outside': '{what} must lie within the strategy period, {start} to {end}.',
  'err.deadline.outside': 'The goal must be reached within the strategy period, {start} to {end}.',
  'err.age': 'The age range must look like 25 to 35, 25-35 or 45+{not}.',
  'err.age.order': 'The youngest age ({min}) is above the oldest ({max}): write youngest to oldest, like {max} to {min}.',
  'err.age.value': 'An age must be a whole number from 0 to 120.',
  'err.age.keys': 'The age range takes min and max, not "{key}".',
  'err.metric': '{what} "{value}" does not name a measure: use words, like "course enrolments" or "leads".',
  'err.oneof': '{what} cannot be "{value}"; did you mean "{hint}"?',
  'err.oneof.list': '{what} must be one of {values}{not}.',
  'err.listof': '{what} must be a list, like {example}.',
  'err.currency': 'The currency must be a three-letter code, like EUR, USD or PLN{not}.',
  'err.money': '{what} must be an amount, like {example}{not}.',
  'err.money.currency': 'The budget is in {currency}, not {given}: write the amount in {currency}, or change the place of the business.',
  'err.yesno': 'Answer yes or no.',
  'err.id': '{what} cannot be empty: use lowercase words joined by hyphens, like "busy-commuter".',
  'err.id.form': '"{value}" cannot be {what}: use lowercase letters, digits and single hyphens, at most 64 characters{like}.',
  'err.id.taken': '"{value}" is already the id of {takenBy}: pick another one.',
  'err.too.long': '{what} is {used} characters long; the {label} holds {max}{chars}: shorten it by {over}.',
  'err.too.long.chars': ' with these characters',
  'err.same.message': 'This is the same message as {channel}: adapt it to {label}, its format and its audience.',
  'err.channels.few': 'Pick at least two channels: a multichannel strategy reaches people in more than one place.',
  'err.personas.few': 'Pick at least one persona: every channel speaks to someone.',
  'err.stages.few': 'Pick at least one stage: every channel serves a step of the funnel.',
  'err.kpis.few': 'Give {channel} at least one KPI with its target, like "{example}".',
  'err.kpi.item': 'Write each KPI as its name and target, like "{example}", not "{value}".',
  'err.kpi.twice': 'The KPI {metric} is there twice: keep one.',
  'err.kpi.baseline': 'Write where a KPI stands today after "now", like "open rate 35% (now 28%)".',
  'err.split.item': 'Write each share as a channel and an amount, like "{example}", not "{value}".',
  'err.split.channel': '"{value}" is not one of the channels: {channels}.',
  'err.split.total': 'The channel budgets add up to {sum}, more than the total of {total}.',
  'err.crm.tone': 'A channel\'s tone is one of the brand voice words: give them first, under brand.voice.',

  // Words the questions and checks put together
  'not': ', not "{value}"',
  'like': ', like "{value}"',
  'range': '{start} to {end}',
  'age.under': 'under {max}',
  'age.range': '{min} to {max}',
  'yes': 'yes',
  'no': 'no',
  'yesno.hint': 'yes or no',
  'currency.q': 'In which currency?',
  'kpi.now': '{kpi} (now {value})',
  'kpi.baseline': '{kpi} (baseline {value})',
  'kpi.example': 'open rate 35% (now 28%); click rate 4%',
  'kpi.hint.example': 'reach 20,000; engagement rate 3% (now 2%)',
  'limit.up.to': 'up to {max} characters',
  'limit.best': 'best within {max} characters',
  'limit.sms': ' ({max} if it uses emoji or letters outside the SMS alphabet)',
  'limit.x': ' (a link counts 23, an emoji 2)',
  'err.deadline': '{what} must be a day, like {example}{not}.',
  'what.kind': 'The kind of business',
  'what.name': 'The name',
  'what.goal': 'The goal',
  'what.target': 'The goal target',
  'what.baseline': 'The goal baseline',
  'what.period': 'The period',
  'what.deadline': 'The deadline',
  'what.usp': 'The USP',
  'what.approach': 'The approach',
  'what.crm': 'The CRM',
  'what.voice': 'A brand voice word',
  'what.core': 'The core message',
  'what.persona': 'The persona',
  'what.persona.other': 'another persona',
  'what.segment': 'The segment',
  'what.description': 'The description',
  'what.motivation': 'A motivation',
  'what.motivation.example': 'save time, fair prices',
  'what.pain': 'A pain point',
  'what.pain.example': 'waiting, hidden costs',
  'what.preferred': 'The preferred channels',
  'what.preferred.one': 'A preferred channel',
  'what.channels': 'The channels',
  'what.channel.type': 'A channel type',
  'what.channel': 'A channel',
  'what.channel.name': 'The channel name',
  'what.channel.other': 'another channel',
  'what.channel.personas': 'The personas of {channel}',
  'what.channel.persona': 'A persona',
  'what.channel.stages': 'The stages of {channel}',
  'what.stage': 'A funnel stage',
  'what.owner': 'The owner',
  'what.owner.example': 'Social media manager',
  'what.schedule': 'When {channel} runs',
  'what.format': 'The format of {channel} ({label})',
  'what.message': 'The message',
  'what.headline': 'The {label}',
  'what.headline.default': 'headline',
  'what.cta': 'The call to action',
  'what.cta.example': 'Book now',
  'what.tone': 'The tone of {channel}',
  'what.kpi': 'The KPI',
  'what.kpi.target': 'The target of {metric}',
  'what.kpi.baseline': 'The baseline of {metric}',
  'what.budget': 'The budget',
  'what.channel.budget': 'The budget of {channel}',
  'what.objective': 'The objective',
  'what.choice': 'The choice',
  'what.id': 'an id',
  'what.id.other': 'another item',
  'what.metric.example': 'course enrolments',
  'stage.name.awareness': 'awareness',
  'stage.name.consideration': 'consideration',
  'stage.name.conversion': 'conversion',
  'stage.name.retention': 'retention',
  'stage.name.advocacy': 'advocacy',

  // The summary at the review
  'sum.business': 'Business',
  'sum.strategy': 'Strategy',
  'sum.goal': 'Goal',
  'sum.period': 'Period',
  'sum.usp': 'USP',
  'sum.voice': 'Voice',
  'sum.budget': 'Budget',
  'sum.persona': 'Persona',
  'sum.channel': 'Channel',
  'sum.goal.line': '{statement}: {words} [{metric}] {target}{from} by {deadline}',
  'sum.from': ' from {baseline}',
  'sum.uses': ', uses {channels}',
  'sum.channel.line': '{name} [{id}] {type}, {format}, for {personas}',
  'sum.stages': 'stages: {stages}',
  'sum.message': 'message: {message}',
  'sum.kpis': 'KPIs: {kpis}',
  'sum.runs': 'runs {when}',
  'sum.channel.budget': 'budget {amount}',
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'info',
  'approach.name.multichannel': 'multichannel',
  'approach.name.cross-channel': 'cross-channel',
  'approach.name.omnichannel': 'omnichannel',

  // What init says around the questions
  'run.drafting': 'Drafting {file}. Enter keeps the suggested answer; Ctrl-C stops, and your answers are kept for mcm init --resume.',
  'run.drafting.stdout': 'a strategy',
  'run.wrote': 'Wrote {file}: {personas, plural, one {# persona} other {# personas}}, {channels, plural, one {# channel} other {# channels}}, {stages, plural, one {# funnel stage} other {# funnel stages}}.',
  'run.wrote.stdout': 'the strategy',
  'run.lint.says': 'It is valid; mcm lint suggests looking at:',
  'run.next': 'Next:',
  'run.next.lint': 'check it again after each edit (editors check it too, through its first line)',
  'run.next.brief': 'write a brief for each channel and persona into briefs/',
  'run.lint.errors': 'the drafted strategy has lint errors, so nothing was written:',
  'run.schema.stdout': 'Its first line points editors at ./{schema}: run "mcm schema --write" in the folder where you save it.',
  'run.schema.written': '  and {schema} next to it, which editors read through the file\'s first line (mcm schema --write refreshes it).',
  'run.schema.failed': 'Could not write {schema} next to it ({reason}): run "mcm schema --write" there so that editors find the schema.',
  'run.stopped': 'mcm init stopped: nothing was written; your answers are kept. Run mcm init{file} --resume to go on.',
  'run.cancelled': 'mcm init cancelled: nothing was written.',

  // The keys a list of choices takes, under it
  'keys.navigate': 'navigate',
  'keys.select': 'select',
  'keys.space': 'space',
  'keys.all': 'all',
  'keys.invert': 'invert',
  'keys.submit': 'submit',

  // The comments of the file written, one above each section
  'comment.mcm': 'Format version of this file',
  'comment.name': 'The strategy or campaign, as the team calls it',
  'comment.approach': 'How the channels work together: multichannel, cross-channel or omnichannel',
  'comment.goal': 'The one goal every channel serves, and how it is measured',
  'comment.usp': 'Unique selling proposition: why customers pick you over the alternatives',
  'comment.brand': 'How the brand sounds everywhere: each channel\'s tone is one of these words',
  'comment.budget': 'The money behind the strategy: channel budgets add up to at most the total',
  'comment.stack': 'The tools that connect the channels',
  'comment.personas': 'The people the strategy speaks to',
  'comment.channels': 'Where the message reaches them: audience, content, KPIs and budget of each channel',
  'comment.funnel': 'Which channels serve which stage, from first contact to recommendation',
  'comment.period': 'When the strategy runs: the goal\'s deadline falls inside',
  'comment.locale': 'The language of this strategy: its customers\' and the one mcm speaks about it',

  // The answers file
} as const;

/** Keys made from the drafts, the kinds of business and the presets: their English is their own text. */
type MadeKey = `${'draft' | 'kind' | 'preset'}.${string}`;
export type MessageKey = keyof typeof MESSAGES | MadeKey;

/** English as ICU MessageFormat reads it back unchanged: quotes doubled, braces quoted. */
const literal = (text: string) => text.replace(/'/g, "''").replace(/[{}]/g, (brace) => `'${brace}'`);

function madeTable(): Record<string, string> {
  const made: Record<string, string> = {};
  for (const [id, draft] of Object.entries(FORMAT_DRAFTS)) {
    made[`draft.${id}.message`] = literal(draft.message);
    made[`draft.${id}.cta`] = literal(draft.cta);
  }
  for (const kind of BUSINESS_KINDS) {
    const facts = KINDS[kind];
    for (const stage of STAGES) made[`kind.${kind}.objective.${stage}`] = literal(facts.objectives[stage]);
    for (const [field, value] of Object.entries(facts.examples)) made[`kind.${kind}.example.${field}`] = literal(value);
    made[`kind.${kind}.voice`] = literal(facts.voice.join(', '));
    made[`kind.${kind}.metric`] = literal(facts.metric);
  }
  for (const [key, value] of Object.entries(PRESET_TEXTS)) made[key] = literal(value);
  return made;
}

/** The wizard's English source table: every key another language's table must have. */
export const INIT_MESSAGES: Readonly<Record<string, string>> = { ...madeTable(), ...MESSAGES };

const english = createTranslator(INIT_MESSAGES, IntlMessageFormat);
let active: Translator = english;

/** The wizard speaks the language of `translator` (built over INIT_MESSAGES) from now on; none: English. */
export function useTranslator(translator?: Translator): void {
  active = translator ?? english;
}

/** The language the wizard speaks: en, uk, pl, ru or ga. */
export function wizardLocale(): string {
  return active.locale;
}

// Placeholders that stand for an optional end of a sentence: nothing when not given.
const OPTIONAL = ['not', 'like', 'flag', 'chars', 'from'];

/**
 * The sentence of `key` in the wizard's language, its {placeholders} filled. A number is shown as the
 * language writes it, except `count` and the other plural arguments, which ICU formats itself.
 */
export function t(key: MessageKey, params: Record<string, string | number | undefined> = {}): string {
  const values: Record<string, string | number> = {};
  for (const name of OPTIONAL) values[name] = '';
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    values[name] = typeof value === 'number' && !PLURAL_ARGS.has(name) ? (active.locale === 'en' ? String(value) : formatNumber(value, active.locale)) : value;
  }
  return active.t(key, values);
}
const PLURAL_ARGS = new Set(['count', 'personas', 'channels', 'stages']);

/** A made key's sentence, or `fallback` where the table has no such key (a catalog entry added later). */
export function tx(key: MadeKey, fallback: string): string {
  return Object.hasOwn(INIT_MESSAGES, key) ? t(key) : fallback;
}

/** `, not "x"` for an error message, or nothing when nothing was written. */
export function not(value: unknown): string {
  const written = typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
  return written ? t('not', { value: written }) : '';
}

import { channelType } from '../catalog/index.js';
import type { ChannelTypeId, FormatId } from '../catalog/types.js';
import { isRecord } from '../strategy/describe.js';
import { STAGES, type Stage } from '../strategy/types.js';
import type { GivenAnswers } from './answers-file.js';
import type { Answers, ChannelAnswers, DateRange, KpiAnswers, PersonaAnswers, StageAnswers } from './answers.js';
import { BUSINESS_KINDS, type BusinessKind } from './kinds.js';
import { t, wizardLocale } from './messages.js';
import { parsePlace, type Place } from './natural.js';
import type { AnswerPath, Asker, Question } from './question.js';
import { question } from './question.js';
import {
  budgetQuestions, channelQuestions, channelTypesQuestion, contentQuestions, kindQuestion, kpiQuestion, label, objectiveQuestion,
  personaQuestions, placeQuestion, scheduleQuestion, strategyQuestions, suggestedPeriod, suggestedStages, type Context,
} from './questions.js';
import { parseDate } from './natural.js';
import { number, slug } from './validate.js';
import { numberShown } from './words.js';
import { initError } from '../messages/init-errors.js';

export interface FlowOptions {
  today: string;
  /** The answers given ahead (flags, an answers file), read for what they imply: a funnel given by stage. */
  given?: GivenAnswers;
  /** A complete strategy whose answers are suggested: a preset the user asked for. */
  preset?: Answers;
  /** The language and region of the person's system, like "pl-PL": the first suggestion of the place. */
  systemLocale?: string;
  /** The language the wizard speaks, when not English: preferred among a country's languages. */
  language?: string;
  /** The file to write, for the review. */
  file?: string;
  /** The review's summary of the strategy these answers make, with what lint says about it. */
  summarize?: (answers: Answers) => string;
}

const typeOf = (item: unknown) => (isRecord(item) ? item.type : item);
const pickList = (of: (item: unknown) => unknown) => (value: unknown) => (Array.isArray(value) ? value.map(of) : value);

/** Where a preset's answers sit in an answers file, so that they can be suggested by place. */
function presetSuggestions(preset: Answers | undefined, today: string, current: () => Partial<Answers>): (path: AnswerPath, channelOf: (i: number) => ChannelAnswers | undefined) => unknown {
  if (!preset) return () => undefined;
  // The preset's details suit its own business only: its goal's numbers while the goal is its goal, its
  // people and messages while the USP is its USP, a persona's details while the name is its name.
  const sameGoal = () => current().goal?.statement === undefined || current().goal?.statement === preset.goal.statement;
  const sameBusiness = () => current().usp === undefined || current().usp === preset.usp;
  const period = preset.period ?? suggestedPeriod(today, preset.goal.deadline);
  const top: Record<string, unknown> = {
    'business.kind': preset.business?.kind, name: preset.name, 'goal.statement': preset.goal.statement, 'goal.metric': preset.goal.metric,
    'goal.target': preset.goal.target, 'goal.baseline': preset.goal.baseline, 'goal.deadline': preset.goal.deadline, period, usp: preset.usp,
    approach: preset.approach, 'stack.crm': preset.crm, 'brand.voice': preset.brand.voice, 'brand.core_message': preset.brand.core_message,
    channels: preset.channels.map((c) => c.type), 'budget.currency': preset.budget?.currency,
    'budget.total': preset.budget ? { amount: preset.budget.total, currency: preset.budget.currency } : undefined,
    ...Object.fromEntries(preset.funnel.map((s) => [`funnel.${s.stage}.objective`, s.objective])),
  };
  const goalKeys = new Set(['goal.metric', 'goal.target', 'goal.baseline']);
  const businessKeys = new Set(['brand.core_message', 'channels', 'budget.total', 'budget.currency', ...preset.funnel.map((s) => `funnel.${s.stage}.objective`)]);
  return (path, channelOf) => {
    const [head, index, ...rest] = path;
    const key = path.join('.');
    if (goalKeys.has(key) && !sameGoal()) return undefined;
    if ((businessKeys.has(key) || head === 'personas' || head === 'channels') && !sameBusiness()) return undefined;
    if (head === 'personas' && typeof index === 'number') {
      const persona = preset.personas[index];
      if (rest[0] === 'another') return index < preset.personas.length;
      if (rest[0] !== 'name' && current().personas?.[index]?.name !== undefined && current().personas?.[index]?.name !== persona?.name) return undefined;
      return persona ? (persona as unknown as Record<string, unknown>)[String(rest[0])] : undefined;
    }
    if (head === 'channels' && typeof index === 'number') {
      const channel = channelOf(index);
      if (!channel) return undefined;
      if (rest[0] === 'content') return (channel.content as unknown as Record<string, unknown>)[String(rest[1])];
      if (rest[0] === 'stages') return preset.funnel.filter((s) => s.channels.includes(channel.id)).map((s) => s.stage);
      if (rest[0] === 'schedule') return period;
      return (channel as unknown as Record<string, unknown>)[String(rest[0])];
    }
    if (head === 'budget' && index === 'split') return undefined;
    return top[path.join('.')];
  };
}

/** Asks in the order of the method, the business first; then the review, where any section can be changed. */
export async function collectAnswers(asker: Asker, options: FlowOptions): Promise<Answers> {
  const { today, given } = options;
  let { preset } = options;
  const state = {} as Answers & { business: { kind: BusinessKind; place: Place } };
  let fromPreset = presetSuggestions(preset, today, () => state);
  let presetChannels: (ChannelAnswers | undefined)[] = [];
  const ask = <T>(q: Question<T>, path: AnswerPath, pick?: (value: unknown) => unknown): Promise<T> => {
    const suggestion = fromPreset(path, (i) => presetChannels[i]);
    if (suggestion !== undefined && q.validate(suggestion) === true) return asker.ask({ ...q, default: q.parse(suggestion) }, path, pick);
    return asker.ask(q, path, pick);
  };
  const prefer = options.language ?? options.systemLocale?.split(/[-_]/)[0];

  // 1. The business: its kind, its place and language.
  let ctx = { today, kind: 'other', locale: 'en', currency: 'EUR' } as Context;
  const business = async () => {
    const kind = await ask(kindQuestion(preset?.business?.kind), ['business', 'kind']);
    const system = (options.systemLocale ? parsePlace(options.systemLocale, prefer) : undefined) ?? (asker.interactive ? undefined : { currency: 'EUR', locale: 'en' });
    const place = await ask(placeQuestion(system, prefer), ['business', 'place']);
    state.business = { kind, place };
    // A preset drafted in the wizard's language is drafted in the money of the place, too.
    if (preset?.budget && wizardLocale() !== 'en' && preset.budget.currency !== place.currency) {
      preset = { ...preset, budget: { ...preset.budget, currency: place.currency } };
      fromPreset = presetSuggestions(preset, today, () => state);
    }
    ctx = { today, kind, locale: place.locale, currency: preset?.budget?.currency ?? place.currency };
  };
  await business();

  // 2. The strategy: name, goal and period, USP, how the channels work together, the brand voice.
  const strategy = async () => {
    const q = strategyQuestions(ctx);
    state.name = await ask(q.name, ['name']);
    const statement = await ask(q.statement, ['goal', 'statement']);
    state.goal = { ...state.goal, statement } as Answers['goal'];
    const metric = await ask(q.metric, ['goal', 'metric']);
    const target = await ask(q.target(statement, metric), ['goal', 'target']);
    const baseline = await ask(q.baseline(metric), ['goal', 'baseline']);
    const named = dateIn(statement, ctx);
    state.period = await ask(q.period(suggestedPeriod(today, named)), ['period']);
    const deadline = await ask(q.deadline(state.period), ['goal', 'deadline']);
    state.goal = { statement, metric, target, baseline, deadline };
    state.usp = await ask(q.usp, ['usp']);
    state.approach = await ask(q.approach, ['approach']);
    state.crm = state.approach === 'multichannel' ? await ask({ ...q.crm, later: true }, ['stack', 'crm']) : await ask(q.crm, ['stack', 'crm']);
    state.brand = { voice: await ask(q.voice, ['brand', 'voice']), core_message: await ask(q.coreMessage, ['brand', 'core_message']) };
  };
  await strategy();

  // 3. Personas: as many as the answers list, or until "add another?" gets a no.
  state.personas = [];
  const persona = async (i: number) => {
    const pq = personaQuestions(i + 1, ctx, state.personas.filter((_, j) => j !== i).map((p) => p.name));
    const at = (key: string) => ['personas', i, key];
    const name = await ask(pq.name, at('name'));
    state.personas[i] = { ...state.personas[i], name } as PersonaAnswers;
    const taken = state.personas.filter((_, j) => j !== i).map((p) => p.id);
    const id = await ask(derivedId(personaId(name, taken) || uniqueId(`persona-${i + 1}`, taken), taken), at('id'));
    const segment = await ask(pq.segment(name), at('segment'));
    const age = await ask(pq.age(name), at('age'));
    const description = await ask(pq.description(name), at('description'));
    const motivations = await ask(pq.motivations(name), at('motivations'));
    const painPoints = await ask(pq.painPoints(name), at('pain_points'));
    const preferred = await ask(pq.preferred(name, segment, age), at('preferred_channels'));
    state.personas[i] = { id, name, segment, age, description, motivations, pain_points: painPoints, preferred_channels: preferred };
  };
  const givenPersonas = asker.count(['personas']);
  for (let i = 0; givenPersonas === undefined ? true : i < givenPersonas; i++) {
    if (givenPersonas === undefined && i > 0) {
      const more = await ask(personaQuestions(i + 1, ctx, []).another(i < 2), ['personas', i, 'another']);
      if (!more) break;
    }
    await persona(i);
  }

  // 4. Channels, one at a time: audience, stages, content and KPIs together.
  const types: ChannelTypeId[] = await ask(channelTypesQuestion(state.personas, ctx), ['channels'], pickList(typeOf));
  const matchPreset = () => {
    const used = new Set<ChannelAnswers>();
    presetChannels = types.map((type) => {
      const match = preset?.channels.find((c) => c.type === type && !used.has(c));
      if (match) used.add(match);
      return match;
    });
  };
  matchPreset();
  state.channels = [];
  const givenFunnel = (id: string, type: string) => STAGES.filter((s) => {
    const listed = given?.get(['funnel', s, 'channels']) ?? given?.get(['funnel', s]);
    const ids = isRecord(listed) ? listed.channels : listed;
    return Array.isArray(ids) && (ids.includes(id) || ids.includes(type));
  });
  const channel = async (i: number) => {
    const type = types[i]!;
    const others = state.channels.filter((_, j) => j !== i);
    const cq = channelQuestions(type, i, ctx, state.personas, others.map((c) => c.name));
    const at = (...key: string[]) => ['channels', i, ...key];
    const name = await ask(cq.name, at('name'));
    const takenIds = others.map((c) => c.id);
    const id = await ask(derivedId(uniqueId(slug(name) || type, takenIds), takenIds), at('id'));
    const personas = await ask(cq.personas(name), at('personas'));
    const fromFunnel = givenFunnel(id, type);
    const fromPlan = fromPreset(at('stages'), (j) => presetChannels[j]) as Stage[] | undefined;
    const earlierStages = state.channels.slice(0, i).map((c) => c.stages ?? []);
    const stages = await asker.ask(cq.stages(name, fromFunnel.length ? fromFunnel : suggestedStages(types, i, earlierStages, fromPlan)), at('stages'));
    const content = contentQuestions(name, type, state.brand.voice, others.map((c) => ({ name: c.name, message: c.content.message })));
    const format: FormatId = await ask(content.format, at('content', 'format'));
    const message = await ask(content.message(format), at('content', 'message'));
    const headline = await ask(content.headline(format), at('content', 'headline'));
    const cta = await ask(content.cta(format), at('content', 'cta'));
    const tone = await ask(content.tone, at('content', 'tone'));
    const kpis: KpiAnswers[] = await ask(kpiQuestion(name, type, stages, state.goal, ctx), at('kpis'));
    const owner = await ask(cq.owner(name), at('owner'));
    const previous = state.channels[i];
    state.channels[i] = { id, type, name, personas, owner, budget: previous?.budget, content: { format, headline, message, cta, tone }, kpis, stages, schedule: previous?.schedule };
  };
  for (let i = 0; i < types.length; i++) await channel(i);

  // 5. When each channel runs: the whole period unless said otherwise.
  const schedule = async (all: boolean) => {
    const period = state.period!;
    const open = state.channels.map((c, i) => ({ c, i })).filter(({ i }) => all || given?.get(['channels', i, 'schedule']) === undefined);
    const whole = open.length ? await ask(scheduleQuestion(open.map(({ c }) => ({ value: c.id, name: c.name })), period), ['schedule', 'whole']) : [];
    for (const [i, c] of state.channels.entries()) {
      const cq = channelQuestions(c.type, i, ctx, state.personas, []);
      const flight = open.some((o) => o.i === i) && whole.includes(c.id) ? period : await ask(cq.schedule(c.name, period), ['channels', i, 'schedule']);
      c.schedule = [flight];
    }
  };
  await schedule(false);

  // 6. The budget: the total, then its split.
  const budget = async () => {
    const bq = budgetQuestions(ctx);
    const total = await ask(bq.total, ['budget', 'total']);
    if (!total) {
      state.budget = undefined;
      for (const c of state.channels) c.budget = undefined;
      return;
    }
    const currency = await ask({ ...bq.currency, default: total.currency }, ['budget', 'currency']);
    state.budget = { total: total.amount, currency };
    const givenBudgets = state.channels.map((c, i) => {
      const written = given?.get(['channels', i, 'budget']);
      if (written === undefined || written === null) return undefined;
      // Each channel's budget given ahead is an amount of 0 or more, named as the file names it.
      const read = number(t('what.channel.budget', { channel: c.name }), numberShown(1000), { min: 0, locale: ctx.locale })(written);
      if ('error' in read) throw initError('init.answer.bad', { where: given!.where(['channels', i, 'budget']), why: read.error });
      return read.value;
    });
    const planned = givenBudgets.map((b, i) => (typeof b === 'number' ? b : presetChannels[i]?.budget));
    // A preset's channel budgets are suggested only while they fit the total the person gave.
    const known = planned.reduce<number>((sum, b) => sum + (b ?? 0), 0) <= total.amount ? planned : givenBudgets;
    const sq = bq.split(state.channels.map((c) => ({ id: c.id, name: c.name })), total.amount, currency, known);
    let split: (number | undefined)[];
    if (givenBudgets.every((b) => b !== undefined)) {
      const verdict = sq.validate(givenBudgets);
      if (verdict !== true) throw initError('init.answer.bad', { where: given!.where(['channels', 0, 'budget'], 'channels[].budget'), why: verdict });
      split = sq.parse(givenBudgets);
    } else split = await ask(sq, ['budget', 'split']);
    state.channels.forEach((c, i) => (c.budget = split[i]));
  };
  await budget();

  // 7. The funnel mapping, from each channel's stages.
  const funnel = async () => {
    const stages: StageAnswers[] = [];
    for (const stage of STAGES) {
      const channels = state.channels.filter((c) => c.stages?.includes(stage)).map((c) => c.id);
      if (channels.length) stages.push({ stage, objective: await ask(objectiveQuestion(stage, ctx), ['funnel', stage, 'objective']), channels });
    }
    state.funnel = stages;
  };
  await funnel();

  // 8. The review: a summary with lint's findings; change a section, then write.
  if (!asker.interactive || !options.summarize) return finish(state);
  for (;;) {
    asker.say(options.summarize(finish(state)));
    const choices = [
      { value: 'write', name: t('review.write', { file: options.file ?? 'strategy.yaml' }) },
      { value: 'business', name: t('review.business') },
      { value: 'goal', name: t('review.goal') },
      ...state.personas.map((p, i) => ({ value: `persona:${i}`, name: t('review.persona', { name: p.name }) })),
      { value: 'persona:add', name: t('review.persona.add') },
      ...state.channels.map((c, i) => ({ value: `channel:${i}`, name: t('review.channel', { name: c.name }) })),
      { value: 'channel:add', name: t('review.channel.add') },
      ...(state.channels.length > 2 ? [{ value: 'channel:remove', name: t('review.channel.remove') }] : []),
      { value: 'schedule', name: t('review.schedule') },
      { value: 'budget', name: t('review.budget') },
      { value: 'funnel', name: t('review.funnel') },
    ];
    const choice = await asker.ask(question<string>({ key: 'review', type: 'select', message: t('review.q'), choices, default: 'write', transient: true, read: (raw) => (typeof raw === 'string' && choices.some((c) => c.value === raw) ? { value: raw } : { error: t('err.oneof.list', { what: t('what.choice'), values: choices.map((c) => c.value).join(', ') }) }) }), ['review']);
    if (choice === 'write') return finish(state);
    const [section, which] = String(choice).split(':');
    await asker.revisit(async () => {
      if (section === 'business') await business();
      else if (section === 'goal') await strategy();
      else if (section === 'persona' && which === 'add') await persona(state.personas.length);
      else if (section === 'persona') await persona(Number(which));
      else if (section === 'channel' && which === 'add') {
        const type = await asker.ask(question<ChannelTypeId>({ key: 'channels[].type', type: 'select', message: t('review.channel.type'), transient: true, choices: channelTypesQuestion(state.personas, ctx).choices, read: (raw) => (typeof raw === 'string' && channelType(raw) ? { value: raw as ChannelTypeId } : { error: t('err.channels.few') }) }), ['review', 'type']);
        types.push(type);
        recordTypes();
        matchPreset();
        await channel(types.length - 1);
        state.channels.at(-1)!.schedule = [state.period!];
      } else if (section === 'channel' && which === 'remove') {
        const at = await asker.ask(question({ key: 'channels[].remove', type: 'select', message: t('review.channel.which'), transient: true, choices: state.channels.map((c, i) => ({ value: String(i), name: c.name })), read: (raw) => ({ value: Number(raw) }) }), ['review', 'remove']);
        state.channels.splice(at, 1);
        types.splice(at, 1);
        asker.removeItem(['channels'], at);
        recordTypes();
        matchPreset();
      } else if (section === 'channel') await channel(Number(which));
      else if (section === 'schedule') await schedule(true);
      else if (section === 'budget') await budget();
      else if (section === 'funnel') await funnel();
    });
    await funnel();
  }

  function recordTypes() {
    asker.remember(['channels'], [...types]);
  }
}

/** A day the goal names: "Enrol 200 students by 30 Sept 2026" → 2026-09-30. */
function dateIn(statement: string, ctx: Context): string | undefined {
  const match = /(?<![\p{L}\p{N}])(?:by|until|before|till|on|do|przed|до|к|по|faoi|roimh|go dtí)\s+(.+?)(?:[.!]|$)/iu.exec(statement);
  if (!match) return undefined;
  const day = parseDate(match[1]!, ctx.locale, ctx.today);
  return day && day > ctx.today ? day : undefined;
}

/** An id made from a name, never asked; an answers file may still give one. */
function derivedId(suggested: string, taken: string[]): Question<string> {
  return question<string>({
    key: 'channels[].id', type: 'input', message: 'id', skip: true, default: suggested,
    read: (raw) => {
      const value = typeof raw === 'string' ? raw.trim() : '';
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) || value.length > 64) return { error: t('err.id.form', { value, what: t('what.id'), like: slug(value) ? t('like', { value: slug(value) }) : '' }) };
      if (taken.includes(value)) return { error: t('err.id.taken', { value, takenBy: t('what.id.other') }) };
      return { value };
    },
  });
}

/**
 * A persona's id from the name part of the answer, before the first comma or dash: "Андрій, айтішник, …" →
 * andrii. The words after it are added one by one only while the id is taken, then a number.
 */
export function personaId(name: string, taken: string[]): string {
  const cut = /\s*(?:[,;:(–—]|\s-\s)/u.exec(name);
  const head = cut ? name.slice(0, cut.index) : name;
  const words = slug(name.slice(head.length)).split('-').filter(Boolean);
  let id = slug(head);
  if (!id) return uniqueId(slug(name), taken);
  for (const word of words) {
    if (!taken.includes(id)) break;
    id = `${id}-${word}`.slice(0, 64).replace(/-+$/, '');
  }
  return uniqueId(id, taken);
}

export function uniqueId(base: string, taken: string[]): string {
  let candidate = base;
  for (let i = 2; taken.includes(candidate); i++) candidate = `${base.slice(0, 60)}-${i}`;
  return candidate;
}

function finish(state: Answers): Answers {
  return JSON.parse(JSON.stringify({ ...state, funnel: state.funnel ?? [] })) as Answers;
}

export { BUSINESS_KINDS, label };
export type { DateRange, PersonaAnswers };

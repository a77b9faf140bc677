import { CHANNEL_TYPES } from '../catalog/ids.js';
import { formatList as joinList } from '../i18n/format.js';
import { channelType, channelTypes, formats, metrics } from '../catalog/index.js';
import type { ChannelTypeId, FormatId, TextLimit } from '../catalog/types.js';
import { STAGES, type AgeRange, type Stage } from '../strategy/types.js';
import type { Approach, ChannelAnswers, DateRange, KpiAnswers, PersonaAnswers, Segment } from './answers.js';
import { STARTING_TARGETS, SUGGESTED_KPIS } from './drafts.js';
import { BUSINESS_KINDS, kindChannels, type BusinessKind } from './kinds.js';
import { describeLimit, measure } from './length.js';
import { not, t, wizardLocale, type MessageKey } from './messages.js';
import { describePlace, metricFromName, placeNames, metricWords, parseMoney, parseNumber, parsePlace, parseRatio, type Place } from './natural.js';
import { question, type Choice } from './question.js';
import { repeated } from './suggest.js';
import { ageRange, dateRange, isBlank, list, metric, number, oneOf, optionalNumber, optionalText, showAge, someOf, text, yesNo, type Read, type Reader } from './validate.js';
import { dayShown, draftOf, formatAbout, formatName, kindFacts, limitLabel, numberShown, stageName, typeName } from './words.js';

// Every question of the wizard, as data built from the answers so far. The flow (flow.ts) asks them.

/** What the questions know before they are asked. */
export interface Context {
  today: string;
  kind: BusinessKind;
  /** The locale numbers and dates are written in. */
  locale: string;
  currency: string;
}

export const isRatio = (m: string) => Object.hasOwn(metrics, m) && metrics[m]!.ratio;
const fmt = (n: number) => numberShown(n);
const shortName = (name: string) => name.split(',')[0]!.trim() || name;
/** "a and b": joined as the wizard's language joins a list. */
const formatList = (items: string[]) => (wizardLocale() === 'en' ? items.join(' and ') : joinList(items, 'and', wizardLocale()));

// 1. The business

export function kindQuestion(suggested: BusinessKind | undefined) {
  return question<BusinessKind>({
    key: 'business.kind', flag: '--kind', type: 'select', message: t('kind.q'),
    choices: BUSINESS_KINDS.map((k) => ({ value: k, name: t(`kind.${k}` as MessageKey), description: t(`kind.${k}.about` as MessageKey) })),
    default: suggested, read: oneOf(t('what.kind'), BUSINESS_KINDS),
  });
}

export function placeQuestion(suggested: Place | undefined, prefer: string | undefined) {
  const read: Reader<Place> = (raw) => {
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
      const p = raw as Record<string, unknown>;
      if (typeof p.currency === 'string' && typeof p.locale === 'string') return { value: { country: typeof p.country === 'string' ? p.country : undefined, currency: p.currency, locale: p.locale } };
    }
    const written = typeof raw === 'string' ? raw.trim() : '';
    const place = written ? parsePlace(written, prefer) : undefined;
    return place ? { value: place } : { error: t('place.bad', { value: written }) };
  };
  return question<Place>({
    key: 'business.place', flag: '--where', type: 'input', message: t('place.q'), hint: t('place.hint'), default: suggested, read,
    show: (p) => (wizardLocale() !== 'en' ? placeNames(p) : p.country ? `${p.country}, ${p.locale.split('-')[0]}` : `${p.currency}, ${p.locale.split('-')[0]}`),
    echo: describePlace,
  });
}

// 2. The strategy

/** The first number a goal names: "Enrol 200 new students" → 200. */
export function numberIn(statement: string, locale: string): number | undefined {
  for (const token of statement.match(/\d[\d.,\u00a0\u202f ]*\d|\d/g) ?? []) {
    const value = parseNumber(token.trim(), locale);
    if (value !== undefined) return value;
  }
  return undefined;
}

export function strategyQuestions(ctx: Context) {
  const facts = kindFacts(ctx.kind);
  const ex = facts.examples;
  const rate = (m: string) => isRatio(m);
  const numberRules = (m: string) => ({ rate: rate(m), locale: ctx.locale, ...(m === 'nps' ? { min: -100, max: 100 } : rate(m) ? {} : { min: 0 }) });
  const showNumber = (m: string) => (n: number | undefined): string => (n === undefined ? '' : rate(m) ? `${Number((n * 100).toPrecision(12))}%` : fmt(n));
  // What goes into the file, as the file writes it.
  const echoNumber = (n: number | undefined) => (n === undefined ? '' : String(n));
  return {
    name: question({ key: 'name', flag: '--name', type: 'input', message: t('name.q'), hint: t('name.hint', { example: ex.name }), read: text(t('what.name'), ex.name) }),
    statement: question({ key: 'goal.statement', flag: '--goal', type: 'input', message: t('goal.q'), hint: t('goal.hint', { example: ex.goal }), read: text(t('what.goal'), ex.goal) }),
    metric: question({
      key: 'goal.metric', flag: '--goal-metric', type: 'input', message: t('goal.metric.q'), hint: t('goal.metric.hint', { example: ex.metric }),
      default: metricFromName(facts.metric), read: metric(t('what.goal')), show: metricWords, echo: (m) => m,
    }),
    target: (statement: string, m: string) => question<number>({
      key: 'goal.target', flag: '--goal-target', type: 'input', message: t(rate(m) ? 'goal.target.rate.q' : 'goal.target.q', { metric: metricWords(m) }),
      hint: rate(m) ? t('rate.hint') : undefined, default: rate(m) ? undefined : numberIn(statement, ctx.locale),
      read: number(t('what.target'), rate(m) ? '5%' : '400', numberRules(m)), show: showNumber(m), echo: echoNumber,
    }),
    baseline: (m: string) => question<number | undefined>({
      key: 'goal.baseline', flag: '--goal-baseline', type: 'input', message: t(rate(m) ? 'goal.baseline.rate.q' : 'goal.baseline.q', { metric: metricWords(m) }),
      hint: t('optional'), read: optionalNumber(t('what.baseline'), rate(m) ? '3%' : '250', numberRules(m)), show: showNumber(m), echo: echoNumber,
    }),
    period: (suggested: DateRange) => question<DateRange>({
      key: 'period', flag: '--period', type: 'input', message: t('period.q'), hint: t('period.hint', { example: showRange(suggested) }),
      default: suggested, read: dateRange(t('what.period'), ctx.today, ctx.locale), show: showRange, echo: (r) => t('range', { start: r.start, end: r.end }),
    }),
    deadline: (period: DateRange) => question<string>({
      key: 'goal.deadline', flag: '--goal-deadline', type: 'input', message: t('deadline.q'), later: true, default: period.end,
      read: (raw) => {
        const what = t('what.deadline');
        const read = dateRange(what, ctx.today, ctx.locale)(typeof raw === 'string' ? `${raw} – ${raw}` : raw instanceof Date || typeof raw === 'number' ? { start: raw, end: raw } : raw);
        if ('error' in read) return { error: t('err.deadline', { what, example: dayShown(period.end), not: typeof raw === 'string' ? not(raw) : '' }) };
        if (read.value.start < period.start || read.value.start > period.end) return { error: t('err.deadline.outside', { ...period }) };
        return { value: read.value.start };
      },
    }),
    usp: question({ key: 'usp', flag: '--usp', type: 'input', message: t('usp.q'), hint: t('usp.hint', { example: ex.usp }), read: text(t('what.usp'), ex.usp) }),
    approach: question<Approach>({
      key: 'approach', flag: '--approach', type: 'select', message: t('approach.q'), default: 'multichannel',
      choices: (['multichannel', 'cross-channel', 'omnichannel'] as const).map((a) => ({ value: a, name: t(`approach.${a}`), description: t(`approach.${a}.about`) })),
      read: oneOf(t('what.approach'), ['multichannel', 'cross-channel', 'omnichannel']),
    }),
    crm: question({ key: 'stack.crm', flag: '--crm', type: 'input', message: t('crm.q'), hint: t('crm.hint'), read: optionalText(t('what.crm'), 'HubSpot') }),
    voice: question({ key: 'brand.voice', flag: '--voice', type: 'input', message: t('voice.q'), hint: t('voice.hint'), default: facts.voice, read: list(t('what.voice'), facts.voice.join(', ')) }),
    coreMessage: question({ key: 'brand.core_message', flag: '--core-message', type: 'input', message: t('core.q'), hint: t('optional'), later: true, read: optionalText(t('what.core'), ex.usp) }),
  };
}

export function showRange(range: DateRange | undefined): string {
  return range ? t('range', { start: dayShown(range.start), end: dayShown(range.end) }) : '';
}

/** The first day of next month to the last day of the third month: a quarter from now. */
export function suggestedPeriod(today: string, end?: string): DateRange {
  const d = new Date(`${today}T00:00:00Z`);
  const start = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
  const quarterEnd = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 4, 0)).toISOString().slice(0, 10);
  return { start: end && end < start ? today : start, end: end && end > today ? end : quarterEnd };
}

// 3. Personas

/** Types that reach a persona of this segment and age well, from those the kind suggests. */
export function fitsPersona(type: ChannelTypeId, segment: Segment, age: AgeRange | undefined): boolean {
  const audience = channelTypes[type]?.audience;
  if (!audience || audience[segment] === 'weak') return false;
  return !(age?.min !== undefined && (audience.weakAges ?? []).some((w) => age.min! >= w.min && (w.max === undefined || (age.max ?? 120) <= w.max)));
}

export function personaQuestions(n: number, ctx: Context, takenNames: string[]) {
  const facts = kindFacts(ctx.kind);
  const kindTypes = kindChannels(ctx.kind);
  return {
    name: question({
      key: 'personas[].name', type: 'input', message: t('persona.name.q', { n }), hint: t('persona.name.hint', { example: facts.examples.persona }),
      read: (raw) => {
        const read = text(t('what.persona'), facts.examples.persona)(raw);
        return 'value' in read && takenNames.includes(read.value) ? { error: t('err.id.taken', { value: read.value, takenBy: t('what.persona.other') }) } : read;
      },
    }),
    segment: (name: string) => question<Segment>({
      key: 'personas[].segment', type: 'select', message: t('persona.segment.q', { name: shortName(name) }), later: true, default: facts.segment,
      choices: [{ value: 'b2c', name: t('segment.b2c') }, { value: 'b2b', name: t('segment.b2b') }], read: oneOf(t('what.segment'), ['b2c', 'b2b']),
    }),
    age: (name: string) => question({ key: 'personas[].age', type: 'input', message: t('persona.age.q', { name: shortName(name) }), hint: t('persona.age.hint'), read: ageRange, show: showAge, echo: (a) => (a ? JSON.stringify(a).replace(/"/g, '').replace(/:/g, ': ').replace(/,/g, ', ') : '') }),
    description: (name: string) => question({ key: 'personas[].description', type: 'input', message: t('persona.description.q', { name: shortName(name) }), hint: t('optional'), later: true, read: optionalText(t('what.description'), facts.examples.persona) }),
    motivations: (name: string) => question({ key: 'personas[].motivations', type: 'input', message: t('persona.motivations.q', { name: shortName(name) }), hint: t('list.hint'), read: list(t('what.motivation'), t('what.motivation.example')) }),
    painPoints: (name: string) => question({ key: 'personas[].pain_points', type: 'input', message: t('persona.pains.q', { name: shortName(name) }), hint: t('list.hint'), read: list(t('what.pain'), t('what.pain.example')) }),
    preferred: (name: string, segment: Segment, age: AgeRange | undefined) => question({
      key: 'personas[].preferred_channels', type: 'checkbox', message: t('persona.preferred.q', { name: shortName(name) }), hint: t('optional'),
      choices: typeChoices([], [segment], ctx.kind).filter((c) => c.value !== 'custom'),
      default: kindTypes.filter((type) => type !== 'website' && type !== 'email' && fitsPersona(type, segment, age)),
      read: someOf(t('what.preferred'), t('what.preferred.one'), CHANNEL_TYPES.filter((c) => c !== 'custom'), 0, ''),
    }),
    another: (more: boolean) => question({ key: 'personas', type: 'confirm', message: t('persona.another.q'), default: more, read: yesNo }),
  };
}

// 4. Channels

/** The catalog label, with the type id where the label does not already say it: "Television (tv)". */
export function label(type: ChannelTypeId): string {
  const name = typeName(type);
  // In another language the catalog's name says it in the reader's words; the id is in the file.
  if (wizardLocale() !== 'en') return name;
  return name.toLowerCase().includes(type.replace(/-/g, ' ')) || name.toLowerCase().includes(type) ? name : `${name} (${type})`;
}

/**
 * The catalog's channel types as choices: the personas' preferred ones first, then those of the kind of
 * business, then the strong fits for the segments, then the rest, custom last.
 */
export function typeChoices(personas: readonly PersonaAnswers[], segments: readonly Segment[], kind: BusinessKind): Choice[] {
  const all = CHANNEL_TYPES.filter((c) => c !== 'custom');
  const preferred: ChannelTypeId[] = [];
  for (const p of personas) for (const ref of p.preferred_channels) if ((all as string[]).includes(ref) && !preferred.includes(ref as ChannelTypeId)) preferred.push(ref as ChannelTypeId);
  const ofKind = kindChannels(kind).filter((c) => !preferred.includes(c));
  const fits = all.filter((c) => !preferred.includes(c) && !ofKind.includes(c) && segments.length > 0 && segments.every((s) => channelTypes[c].audience[s] === 'strong'));
  const rest = all.filter((c) => !preferred.includes(c) && !ofKind.includes(c) && !fits.includes(c));
  const fans = (c: ChannelTypeId) => personas.filter((p) => p.preferred_channels.includes(c)).map((p) => shortName(p.name));
  const fit = t('persona.preferred.fit', { who: formatList(segments.map((s) => t(`segment.words.${s}`))) });
  return [
    ...preferred.map((c) => ({ value: c, name: label(c), description: t('persona.preferred.fans', { names: formatList(fans(c)) }) })),
    ...ofKind.map((c) => ({ value: c, name: label(c), description: t('kind.suggested') })),
    ...fits.map((c) => ({ value: c, name: label(c), description: fit })),
    ...rest.map((c) => ({ value: c, name: label(c) })),
    ...(CHANNEL_TYPES.includes('custom' as ChannelTypeId) ? [{ value: 'custom', name: label('custom' as ChannelTypeId) }] : []),
  ];
}

export function channelTypesQuestion(personas: PersonaAnswers[], ctx: Context) {
  const choices = typeChoices(personas, [...new Set(personas.map((p) => p.segment))], ctx.kind);
  const preferred = personas.flatMap((p) => p.preferred_channels);
  const suggested = choices.filter((c) => kindChannels(ctx.kind).includes(c.value as ChannelTypeId) || preferred.includes(c.value)).map((c) => c.value as ChannelTypeId);
  return question({
    key: 'channels', flag: '--channels', type: 'checkbox', message: t('channels.q'), hint: t('channels.hint'), choices, default: suggested,
    read: someOf(t('what.channels'), t('what.channel.type'), CHANNEL_TYPES, 2, t('err.channels.few'), true),
  });
}

/** The stages a type's own measures point at, within the stages it serves. */
function typicalStages(type: ChannelTypeId): Stage[] {
  const facts = channelType(type)!;
  const measured = new Set(suggestedKpis(type).flatMap((m) => metrics[m]?.stages ?? []));
  const stages = facts.stages.filter((s) => measured.has(s));
  return stages.length ? stages : [...facts.stages];
}

/**
 * The stages suggested for channel `i` of `types`: those its measures point at, plus the core stages that
 * no channel covers otherwise and this one serves, so that every core stage has a channel.
 */
export function suggestedStages(types: readonly ChannelTypeId[], i: number, earlier: readonly Stage[][], base?: readonly Stage[]): Stage[] {
  const own = base?.length ? [...base] : typicalStages(types[i]!);
  const covered = new Set([...earlier.flat(), ...types.slice(i + 1).flatMap(typicalStages)]);
  const missing = STAGES.filter((s) => s !== 'advocacy' && !covered.has(s) && !own.includes(s) && channelType(types[i]!)!.stages.includes(s));
  return STAGES.filter((s) => own.includes(s) || missing.includes(s));
}

/** The KPIs a type is most judged by. */
export function suggestedKpis(type: ChannelTypeId): string[] {
  const own = SUGGESTED_KPIS[type];
  return own ?? channelType(type)!.metrics.slice(0, 2);
}


/** The formats worth choosing on a type: "other" only where it is the only one. */
export function formatsOf(type: ChannelTypeId): FormatId[] {
  const all = Object.keys(channelType(type)!.formats).filter((f): f is FormatId => Object.hasOwn(formats, f));
  const real = all.filter((f) => f !== 'other');
  return real.length ? real : all;
}

export function channelQuestions(type: ChannelTypeId, i: number, ctx: Context, personas: PersonaAnswers[], takenNames: string[]) {
  const facts = channelType(type)!;
  const own = typeName(type);
  const sameType = takenNames.filter((n) => n === own || n.startsWith(`${own} `)).length;
  const defaultName = sameType ? `${own} ${sameType + 1}` : own;
  const personaIds = personas.map((p) => p.id);
  const fans = personas.filter((p) => p.preferred_channels.includes(type)).map((p) => p.id);
  return {
    name: question({
      key: 'channels[].name', type: 'input', message: t('channel.name.q', { label: own }), default: defaultName, later: sameType === 0,
      read: (raw) => {
        const read = text(t('what.channel.name'), own)(raw);
        return 'value' in read && takenNames.includes(read.value) ? { error: t('err.id.taken', { value: read.value, takenBy: t('what.channel.other') }) } : read;
      },
    }),
    personas: (name: string) => question({
      key: 'channels[].personas', type: 'checkbox', message: t('channel.personas.q', { channel: name }),
      choices: personas.map((p) => ({ value: p.id, name: p.name })), default: fans.length ? fans : personaIds, skip: personas.length === 1,
      read: someOf(t('what.channel.personas', { channel: name }), t('what.channel.persona'), personaIds, 1, t('err.personas.few')),
    }),
    stages: (name: string, suggested: Stage[]) => question({
      key: 'channels[].stages', type: 'checkbox', message: t('channel.stages.q', { channel: name }), hint: t('channel.stages.hint'),
      choices: STAGES.filter((s) => facts.stages.includes(s) || type === 'custom').map((s) => ({ value: s, name: t(`stage.${s}`) })), default: suggested,
      read: someOf(t('what.channel.stages', { channel: name }), t('what.stage'), STAGES, 1, t('err.stages.few')),
    }),
    owner: (name: string) => question({ key: 'channels[].owner', type: 'input', message: t('channel.owner.q', { channel: name }), hint: t('channel.owner.hint'), later: true, read: optionalText(t('what.owner'), t('what.owner.example')) }),
    schedule: (name: string, period: DateRange) => question<DateRange>({
      key: 'channels[].schedule', type: 'input', message: t('schedule.channel.q', { channel: name }), default: period,
      read: (raw) => dateRange(t('what.schedule', { channel: name }), ctx.today, ctx.locale, period)(Array.isArray(raw) ? raw[0] : raw), show: showRange, echo: (r) => t('range', { start: r.start, end: r.end }),
    }),
    i,
  };
}

export function contentQuestions(name: string, type: ChannelTypeId, voice: string[], earlier: { name: string; message: string }[]) {
  const facts = channelType(type)!;
  const supported = formatsOf(type);
  const limitsOf = (format: FormatId, field: TextLimit['field']) => (facts.formats[format]?.limits ?? []).filter((l) => l.field === field);
  return {
    format: question<FormatId>({
      key: 'channels[].content.format', type: 'select', message: t('channel.format.q', { channel: name }),
      choices: supported.map((f) => ({ value: f, name: formatName(f), description: formatAbout(f) })),
      default: supported[0], skip: supported.length === 1, read: oneOf(t('what.format', { channel: name, label: typeName(type) }), Object.keys(facts.formats) as FormatId[]),
    }),
    message: (format: FormatId) => {
      const limits = limitsOf(format, 'message');
      const within = fitting(t('what.message'), limits, typeName(type));
      const fits = (m: string) => limits.every((l) => !l.hard || measure(m, l).used <= measure(m, l).max);
      const draft = [draftOf(format).message, draftOf('other').message].find((m) => fits(m) && !repeated(m, earlier.map((e) => ({ id: e.name, message: e.message }))));
      return question({
        key: 'channels[].content.message', type: 'input', message: t('channel.message.q', { channel: name }),
        hint: limits.length ? limits.map((l) => `${limitLabel(l.label)} ${describeLimit(l)}`).join('; ') : formatName(format).toLowerCase(),
        fallback: draft, live: liveCount(limits),
        read: (raw) => {
          const read = within(raw);
          const same = 'value' in read ? repeated(read.value, earlier.map((e) => ({ id: e.name, message: e.message }))) : undefined;
          return same ? { error: t('err.same.message', { channel: same, label: typeName(type) }) } : read;
        },
      });
    },
    headline: (format: FormatId) => {
      const limits = limitsOf(format, 'headline');
      const what = limits[0] ? limitLabel(limits[0].label) : t('what.headline.default');
      return question({
        key: 'channels[].content.headline', type: 'input', message: t('channel.headline.q', { channel: name, label: what }), hint: [...limits.map(describeLimit), t('optional')].join('; '),
        skip: !limits.length, live: liveCount(limits), read: optional(fitting(t('what.headline', { label: what }), limits, typeName(type))),
      });
    },
    cta: (format: FormatId) => question({ key: 'channels[].content.cta', type: 'input', message: t('channel.cta.q', { channel: name }), hint: t('channel.cta.hint'), default: draftOf(format).cta, read: text(t('what.cta'), t('what.cta.example')) }),
    tone: question({
      key: 'channels[].content.tone', type: 'select', message: t('channel.tone.q', { channel: name }), later: true,
      choices: voice.map((v) => ({ value: v, name: v })), default: voice[0], skip: voice.length === 0,
      read: voice.length ? oneOf(t('what.tone', { channel: name }), voice) : (raw) => (raw === undefined ? { value: undefined } : { error: t('err.crm.tone') }),
    }),
  };
}

/** "42/90" while typing, against the tightest hard limit. */
function liveCount(limits: TextLimit[]): ((typed: string) => string) | undefined {
  const limit = limits.find((l) => l.hard) ?? limits[0];
  if (!limit) return undefined;
  return (typed) => {
    const { used, max } = measure(typed, limit);
    return `${used}/${max}`;
  };
}

/** Text within the hard limits; guidance limits are left to lint, which mentions them. */
function fitting(what: string, limits: TextLimit[], example: string): Reader<string> {
  const required = text(what, example);
  return (raw) => {
    const read = required(raw);
    if ('error' in read) return read;
    for (const limit of limits) {
      const { used, max } = measure(read.value, limit);
      if (limit.hard && used > max) return { error: t('err.too.long', { what, used, label: limitLabel(limit.label), max, chars: max < limit.max ? t('err.too.long.chars') : '', over: used - max }) };
    }
    return read;
  };
}

function optional(reader: Reader<string>): Reader<string | undefined> {
  return (raw) => (isBlank(raw) ? { value: undefined } : reader(raw));
}

/** The words that introduce a KPI's figure today, in the five languages: "(now 28%)", "(зараз 28%)". */
const NOW = 'now|today|from|baseline|teraz|obecnie|dziś|dzisiaj|зараз|сьогодні|сейчас|сегодня|anois|inniu';

// KPIs, written together: "reach 20,000; engagement rate 3% (now 2%)"

export function showKpis(kpis: KpiAnswers[]): string {
  const value = (m: string, n: number) => (isRatio(m) ? `${Number((n * 100).toPrecision(12))}%` : fmt(n));
  return kpis.map((k) => {
    const kpi = `${metricWords(k.metric)} ${value(k.metric, k.target)}`;
    return k.baseline !== undefined ? t('kpi.now', { kpi, value: value(k.metric, k.baseline) }) : kpi;
  }).join('; ');
}

export function kpisReader(channel: string, locale: string): Reader<KpiAnswers[]> {
  const example = t('kpi.example');
  const numberOf = (m: string, written: unknown, what: string): Read<number> => {
    const rules = { rate: isRatio(m), locale, ...(m === 'nps' ? { min: -100, max: 100 } : isRatio(m) ? {} : { min: 0 }) };
    return number(what, isRatio(m) ? '5%' : numberShown(1000), rules)(written);
  };
  const item = (raw: unknown): Read<KpiAnswers> => {
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
      const k = raw as Record<string, unknown>;
      const m = metric(t('what.kpi'))(k.metric);
      if ('error' in m) return m;
      const target = k.target === undefined && Object.hasOwn(STARTING_TARGETS, m.value) ? { value: STARTING_TARGETS[m.value]! } : numberOf(m.value, k.target, t('what.kpi.target', { metric: metricWords(m.value) }));
      if ('error' in target) return target;
      const baseline = isBlank(k.baseline) ? { value: undefined } : numberOf(m.value, k.baseline, t('what.kpi.baseline', { metric: metricWords(m.value) }));
      if ('error' in baseline) return baseline;
      return { value: { metric: m.value, target: target.value, ...(baseline.value !== undefined ? { baseline: baseline.value } : {}) } };
    }
    const written = typeof raw === 'string' ? raw.trim() : '';
    const parts = new RegExp(`^(.*?)[\\s:=]*?([-−+]?\\d[\\d\\s.,\\u00a0\\u202f']*(?:\\s?%)?)?\\s*(?:\\((?:${NOW})\\s*:?\\s*([^)]*)\\)|(?:,?\\s*(?:${NOW})\\s+)(.+))?$`, 'iu').exec(written);
    const name = parts?.[1]?.replace(/[:=]\s*$/, '').trim();
    if (!parts || !name) return { error: t('err.kpi.item', { example, value: written }) };
    const m = metric(t('what.kpi'))(name);
    if ('error' in m) return { error: t('err.kpi.item', { example, value: written }) };
    return item({ metric: m.value, target: parts[2] === undefined ? undefined : parts[2].trim(), baseline: (parts[3] ?? parts[4])?.trim() });
  };
  return (raw) => {
    const items = typeof raw === 'string' ? raw.split(/[;\n]/).map((s) => s.trim()).filter(Boolean) : raw;
    if (!Array.isArray(items) || !items.length) return { error: t('err.kpis.few', { channel, example }) };
    const kpis: KpiAnswers[] = [];
    for (const entry of items) {
      const read = item(entry);
      if ('error' in read) return read;
      if (kpis.some((k) => k.metric === read.value.metric)) return { error: t('err.kpi.twice', { metric: metricWords(read.value.metric) }) };
      kpis.push(read.value);
    }
    return { value: kpis };
  };
}

export function kpiQuestion(name: string, type: ChannelTypeId, stages: Stage[], goal: { metric: string; target: number }, ctx: Context) {
  const facts = channelType(type)!;
  const picked = [...suggestedKpis(type)];
  // A channel that converts is measured by what it converts, the goal's own measure where it fits.
  const converts = (m: string) => metrics[m]?.stages.includes('conversion');
  if (stages.includes('conversion') && !picked.some(converts)) {
    const conversion = facts.metrics.find((m) => converts(m) && m !== 'cost_per_acquisition' && m !== 'cost_per_lead');
    if (conversion) picked[picked.length - 1] = conversion;
  }
  const kpis: KpiAnswers[] = picked.map((m) => ({ metric: m, target: STARTING_TARGETS[m] ?? 100 }));
  if (stages.includes('conversion') && !Object.hasOwn(metrics, goal.metric) && type === 'website') kpis.push({ metric: goal.metric, target: goal.target });
  const others = facts.metrics.filter((m) => !picked.includes(m)).slice(0, 6).map(metricWords).join(', ');
  return question({
    key: 'channels[].kpis', type: 'input', message: t('channel.kpis.q', { channel: name }), hint: t('channel.kpis.hint', { example: t('kpi.hint.example'), others }),
    default: kpis, read: kpisReader(name, ctx.locale), show: showKpis,
    echo: (list) => list.map((k) => (k.baseline !== undefined ? t('kpi.baseline', { kpi: `${k.metric}: ${k.target}`, value: String(k.baseline) }) : `${k.metric}: ${k.target}`)).join(' · '),
  });
}

export function scheduleQuestion(names: { value: string; name: string }[], period: DateRange) {
  return question({
    key: 'schedule.whole', type: 'checkbox', message: t('schedule.q', { period: showRange(period) }), hint: t('schedule.hint'),
    choices: names, default: names.map((n) => n.value), read: someOf(t('what.channels'), t('what.channel'), names.map((n) => n.value), 0, ''),
  });
}

export function objectiveQuestion(stage: Stage, ctx: Context) {
  const objective = kindFacts(ctx.kind).objectives[stage];
  return question({ key: `funnel.${stage}.objective`, type: 'input', message: t('funnel.objective.q', { stage: stageName(stage) }), default: objective, later: true, read: text(t('what.objective'), objective) });
}

// 5. Budget

export function budgetQuestions(ctx: Context) {
  const example = `${kindFacts(ctx.kind).examples.budget} ${ctx.currency}`;
  return {
    total: question<{ amount: number; currency: string } | undefined>({
      key: 'budget.total', flag: '--budget', type: 'input', message: t('budget.q'), hint: t('budget.hint', { example }),
      read: (raw) => {
        if (isBlank(raw)) return { value: undefined };
        if (raw && typeof raw === 'object' && 'amount' in raw) {
          // An amount already read (a kept draft, an answers file): still 0 or more, in a currency code.
          const { amount, currency } = raw as { amount: unknown; currency?: unknown };
          const code = typeof currency === 'string' ? currency.trim().toUpperCase() : ctx.currency;
          const read = number(t('what.budget'), example, { min: 0, locale: ctx.locale })(amount);
          if ('error' in read) return read;
          if (!/^[A-Z]{3}$/.test(code)) return { error: t('err.currency', { not: not(String(currency)) }) };
          return { value: { amount: read.value, currency: code } };
        }
        const written = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw : '';
        const money = parseMoney(written, ctx.locale, ctx.currency);
        if (!money || money.amount < 0) return { error: t('err.money', { what: t('what.budget'), example, not: not(written) }) };
        return { value: { amount: money.amount, currency: money.currency ?? ctx.currency } };
      },
      show: (v) => (v ? `${fmt(v.amount)} ${v.currency}` : ''), echo: (v) => (v ? `${v.amount} ${v.currency}` : ''),
    }),
    currency: question<string>({
      key: 'budget.currency', flag: '--currency', type: 'input', message: t('currency.q'), skip: true, default: ctx.currency,
      read: (raw) => {
        const value = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
        return /^[A-Z]{3}$/.test(value) ? { value } : { error: t('err.currency', { not: typeof raw === 'string' ? not(raw) : '' }) };
      },
    }),
    split: (channels: { id: string; name: string }[], total: number, currency: string, given: (number | undefined)[]) => {
      const open = channels.filter((_, i) => given[i] === undefined);
      const left = total - given.reduce<number>((a, b) => a + (b ?? 0), 0);
      const each = open.length ? Math.max(0, left >= 100 * open.length ? Math.floor(left / open.length / 10) * 10 : Math.floor(left / open.length)) : 0;
      const suggested = channels.map((_, i) => given[i] ?? each);
      const show = (amounts: (number | undefined)[]) => channels.map((c, i) => (amounts[i] === undefined ? undefined : `${c.name} ${fmt(amounts[i]!)}`)).filter(Boolean).join('; ');
      return question<(number | undefined)[]>({
        key: 'budget.split', type: 'input', message: t('budget.split.q'), hint: t('budget.split.hint', { example: show(suggested) }),
        default: suggested, show, echo: (amounts) => channels.map((c, i) => `${c.id}: ${amounts[i] ?? '-'}`).join(' · '),
        read: splitReader(channels, total, currency, ctx.locale),
      });
    },
  };
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function splitReader(channels: { id: string; name: string }[], total: number, currency: string, locale: string): Reader<(number | undefined)[]> {
  const example = `${channels[0]?.name ?? typeName('website')} ${numberShown(1000)}`;
  return (raw) => {
    if (Array.isArray(raw) && raw.every((v) => v === undefined || v === null || typeof v === 'number')) return check(raw.map((v) => (v === null ? undefined : v)));
    if (isBlank(raw)) return { value: channels.map(() => undefined) };
    if (typeof raw !== 'string') return { error: t('err.split.item', { example, value: String(raw) }) };
    const amounts: (number | undefined)[] = channels.map(() => undefined);
    for (const part of raw.split(/[;\n]/).map((s) => s.trim()).filter(Boolean)) {
      // The longest end that reads as an amount: "Google Ads search 2 400 zł".
      const cuts = [...part.matchAll(/[\s:=]+/g)].map((g) => ({ name: part.slice(0, g.index).trim(), amount: part.slice(g.index + g[0].length) }));
      const cut = cuts.find((c) => c.name && parseMoney(c.amount, locale, currency));
      const m = cut ? [part, cut.name, cut.amount] : null;
      const money = m ? parseMoney(m[2]!, locale, currency) : undefined;
      if (!m || !money) return { error: t('err.split.item', { example, value: part }) };
      const name = fold(m[1]!);
      const at = channels.findIndex((c) => fold(c.name) === name || c.id === name.replace(/ /g, '-'));
      const fuzzy = at === -1 ? channels.map((c, i) => (fold(c.name).startsWith(name) ? i : -1)).filter((i) => i !== -1) : [at];
      if (fuzzy.length !== 1) return { error: t('err.split.channel', { value: m[1]!, channels: channels.map((c) => c.name).join(', ') }) };
      amounts[fuzzy[0]!] = money.amount;
    }
    return check(amounts);
  };
  function check(amounts: (number | undefined)[]): Read<(number | undefined)[]> {
    const sum = amounts.reduce<number>((a, b) => a + (b ?? 0), 0);
    if (sum > total) return { error: t('err.split.total', { sum: `${numberShown(sum)} ${currency}`, total: `${numberShown(total)} ${currency}` }) };
    return { value: channels.map((_, i) => amounts[i]) };
  }
}

export { parseRatio };
export type { ChannelAnswers };

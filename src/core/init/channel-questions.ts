import { CHANNEL_TYPES } from '../catalog/ids.js';
import { channelType, formats, metrics } from '../catalog/index.js';
import type { ChannelTypeId, FormatId, TextLimit } from '../catalog/types.js';
import type { Stage } from '../strategy/types.js';
import type { ChannelAnswers, PersonaAnswers } from './answers.js';
import { FORMAT_DRAFTS, STAGE_OBJECTIVES, STARTING_TARGETS } from './drafts.js';
import { describeLimit, measure } from './length.js';
import { question, type Choice } from './question.js';
import { isRatio, metricId, uniqueId } from './questions.js';
import { draftMessage, repeated, typeChoices } from './suggest.js';
import { id, number, oneOf, optionalNumber, optionalText, someOf, text, type Reader } from './validate.js';

// The questions about channels: which ones, who each targets, the funnel mapping, content and KPIs.
// `base` is the preset channel a channel stands for, if any: it suggests that channel's answers.

type Earlier = { id: string; message: string }[];

export function channelTypesQuestion(personas: PersonaAnswers[], suggested: ChannelTypeId[]) {
  return question({
    key: 'channels', flag: '--channels', type: 'checkbox', message: 'Which channels will carry the message?', hint: 'pre-selected from your personas',
    choices: typeChoices(personas, [...new Set(personas.map((p) => p.segment))]), default: suggested,
    read: someOf('The channels', 'A channel type', CHANNEL_TYPES, 2, 'Pick at least two channels: a multichannel strategy reaches people in more than one place.', true),
  });
}

export function channelQuestions(type: ChannelTypeId, base: ChannelAnswers | undefined, takenIds: string[], personas: PersonaAnswers[]) {
  const typeLabel = channelType(type)!.label;
  const personaIds = personas.map((p) => p.id);
  const fans = personas.filter((p) => p.preferred_channels.includes(type)).map((p) => p.id);
  const basePersonas = base?.personas.filter((p) => personaIds.includes(p)) ?? [];
  return {
    id: question({ key: 'channels[].id', type: 'input', message: `${typeLabel}: an id for this channel, used to refer to it:`, default: uniqueId(base?.id ?? type, takenIds), read: id('The channel id', takenIds, 'another channel') }),
    name: (channelId: string) => question({ key: 'channels[].name', type: 'input', message: `What does your team call "${channelId}"?`, default: base?.name ?? typeLabel, read: text('The channel name', 'Facebook page and ads') }),
    personas: (channelId: string) => question({
      key: 'channels[].personas', type: 'checkbox', message: `Whom does "${channelId}" speak to?`,
      choices: personas.map((p) => ({ value: p.id, name: p.name })), default: basePersonas.length ? basePersonas : fans.length ? fans : personaIds,
      skip: personas.length === 1,
      read: someOf(`The personas of "${channelId}"`, 'A persona id', personaIds, 1, 'Pick at least one persona: every channel speaks to someone.'),
    }),
    owner: (channelId: string) => question({ key: 'channels[].owner', type: 'input', message: `Who runs "${channelId}"?`, hint: 'a person or a role; optional', default: base?.owner, read: optionalText('The owner', 'Social media manager') }),
  };
}

const STAGE_NEEDS: Record<Stage, string> = {
  awareness: 'something has to make new people aware of you',
  consideration: 'something has to help people compare you with the alternatives',
  conversion: 'something has to turn interest into a sale or a booking',
  retention: 'something has to bring customers back',
  advocacy: '',
};

/** Each core stage needs a channel (funnel-coverage); advocacy may stay empty. */
export function funnelQuestions(stage: Stage, channels: Choice[], suggested: string[], objective: string | undefined) {
  const required = stage !== 'advocacy';
  return {
    channels: question({
      key: `funnel.${stage}.channels`, type: 'checkbox', message: `Funnel, ${stage}: which channels serve this stage?`, hint: required ? undefined : 'optional',
      choices: channels, default: suggested,
      read: someOf(`The channels of the ${stage} stage`, 'A channel id', channels.map((c) => c.value), required ? 1 : 0, `Pick at least one channel for ${stage}: ${STAGE_NEEDS[stage]}.`),
    }),
    objective: question({ key: `funnel.${stage}.objective`, type: 'input', message: `What should happen at the ${stage} stage?`, default: objective ?? STAGE_OBJECTIVES[stage], read: text('The objective', STAGE_OBJECTIVES[stage]) }),
  };
}

/**
 * The content of one channel: its format, the message within the format's hard limits and unlike the
 * messages of the `earlier` channels, then the headline and call to action. The preset's headline and
 * call to action are suggested only with the preset's message.
 */
export function contentQuestions(channelId: string, type: ChannelTypeId, base: ChannelAnswers | undefined, voice: string[], earlier: Earlier) {
  const facts = channelType(type)!;
  const supported = Object.keys(facts.formats).filter((f): f is FormatId => Object.hasOwn(formats, f));
  const limitsOf = (format: FormatId, field: TextLimit['field']) => (facts.formats[format]?.limits ?? []).filter((l) => l.field === field);
  const kept = (format: FormatId, message: string) => base?.content.format === format && base.content.message === message;
  return {
    format: question<FormatId>({
      key: 'channels[].content.format', type: 'select', message: `"${channelId}": which content format?`,
      choices: supported.map((f) => ({ value: f, name: formats[f].label, description: formats[f].description })),
      default: base?.content.format ?? supported[0], skip: supported.length === 1, read: oneOf(`The format of "${channelId}" (${facts.label})`, supported),
    }),
    message: (format: FormatId) => {
      const limits = limitsOf(format, 'message');
      const fits = (m: string) => limits.every((l) => !l.hard || measure(m, l).used <= measure(m, l).max);
      const fromBase = base?.content.format === format && !repeated(base.content.message, earlier) ? base.content.message : undefined;
      const within = fitting('The message', limits, 'Your oil change in 30 minutes, booked from your phone.');
      return question({
        key: 'channels[].content.message', type: 'input', message: `"${channelId}": the message, as it will be published?`,
        hint: limits.length ? limits.map((l) => `${l.label} ${describeLimit(l)}`).join('; ') : formats[format].label.toLowerCase(),
        default: fromBase ?? draftMessage(format, earlier, fits),
        read: (raw) => {
          const read = within(raw);
          const same = 'value' in read ? repeated(read.value, earlier) : undefined;
          return same ? { error: `This is the same message as channel "${same}": adapt it to ${facts.label}, its format and its audience.` } : read;
        },
      });
    },
    // Asked where the format has a headline (a subject line, an ad headline); taken from answers anywhere.
    headline: (format: FormatId, message: string) => {
      const limits = limitsOf(format, 'headline');
      const label = limits[0]?.label ?? 'headline';
      return question({
        key: 'channels[].content.headline', type: 'input', message: `"${channelId}": the ${label}?`, hint: [...limits.map(describeLimit), 'optional'].join('; '),
        default: kept(format, message) ? base?.content.headline : undefined, skip: !limits.length, read: optional(fitting(`The ${label}`, limits, 'Oil change in 30 minutes')),
      });
    },
    cta: (format: FormatId, message: string) => question({
      key: 'channels[].content.cta', type: 'input', message: `"${channelId}": the call to action?`, hint: 'the words that tell people what to do now',
      default: kept(format, message) ? base?.content.cta : FORMAT_DRAFTS[format].cta, read: text('The call to action', 'Book now'),
    }),
    tone: question({
      key: 'channels[].content.tone', type: 'select', message: `"${channelId}": which of your brand voice words sets its tone?`,
      choices: voice.map((v) => ({ value: v, name: v })), default: base?.content.tone && voice.includes(base.content.tone) ? base.content.tone : voice[0],
      skip: voice.length < 2,
      read: voice.length ? oneOf(`The tone of "${channelId}"`, voice) : (raw) => (raw === undefined ? { value: undefined } : { error: 'A channel\'s tone is one of the brand voice words: give them first, under brand.voice.' }),
    }),
  };
}

export function kpiQuestions(channelId: string, type: ChannelTypeId, base: ChannelAnswers | undefined, suggested: string[]) {
  const offered = [...new Set([...suggested, ...channelType(type)!.metrics])];
  const baseKpi = (metric: string) => base?.kpis.find((k) => k.metric === metric);
  return {
    metrics: question({
      key: 'channels[].kpis', type: 'checkbox', message: `"${channelId}": which KPIs measure it?`, hint: 'suggested from the catalog',
      choices: offered.map((m) => ({ value: m, name: Object.hasOwn(metrics, m) ? `${metrics[m]!.label} (${m})` : m, description: metrics[m]?.description })),
      default: suggested, read: kpiList(channelId),
    }),
    target: (metric: string) => question({
      key: 'channels[].kpis[].target', type: 'input', message: `"${channelId}": target for ${metric}?`, hint: isRatio(metric) ? 'a rate: 0.05 or 5%' : undefined,
      default: baseKpi(metric)?.target ?? STARTING_TARGETS[metric], read: number(`The target of ${metric}`, isRatio(metric) ? '0.05' : '1000', range(metric)),
    }),
    baseline: (metric: string) => question({
      key: 'channels[].kpis[].baseline', type: 'input', message: `"${channelId}": where does ${metric} stand today?`, hint: 'optional',
      default: baseKpi(metric)?.baseline, read: optionalNumber(`The baseline of ${metric}`, isRatio(metric) ? '0.03' : '500', range(metric)),
    }),
  };
}

function range(metric: string) {
  return metric === 'nps' ? { min: -100, max: 100 } : isRatio(metric) ? { rate: true } : { min: 0 };
}

function kpiList(channelId: string): Reader<string[]> {
  const one = metricId('The KPI');
  return (raw) => {
    const items = typeof raw === 'string' ? raw.split(',').map((s) => s.trim()).filter(Boolean) : raw;
    if (!Array.isArray(items)) return { error: `The KPIs of "${channelId}" must be a list of metric ids, like open_rate, click_rate.` };
    const chosen: string[] = [];
    for (const item of items) {
      const read = one(item);
      if ('error' in read) return read;
      if (chosen.includes(read.value)) return { error: `The KPI ${read.value} is listed twice for "${channelId}": keep one.` };
      chosen.push(read.value);
    }
    return chosen.length ? { value: chosen } : { error: `Pick at least one KPI for "${channelId}": every channel needs a number that says whether it works.` };
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
      if (limit.hard && used > max) return { error: `${what} is ${used} characters long; the ${limit.label} holds ${max}${max < limit.max ? ' with these characters' : ''}: shorten it by ${used - max}.` };
    }
    return read;
  };
}

function optional(reader: Reader<string>): Reader<string | undefined> {
  return (raw) => (raw === undefined || raw === null || (typeof raw === 'string' && ['', '-'].includes(raw.trim())) ? { value: undefined } : reader(raw));
}

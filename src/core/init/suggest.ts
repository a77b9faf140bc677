import { channelType, channelTypes } from '../catalog/index.js';
import { CHANNEL_TYPES } from '../catalog/ids.js';
import type { ChannelTypeId } from '../catalog/types.js';
import { normalizeText, jaccard, shingles } from '../text/similarity.js';
import type { Stage } from '../strategy/types.js';
import type { Answers, ChannelAnswers, PersonaAnswers, Segment } from './answers.js';
import { FORMAT_DRAFTS, SPARE_DRAFTS, SUGGESTED_KPIS } from './drafts.js';
import type { Choice } from './question.js';

const SEGMENT_WORDS: Record<Segment, string> = { b2c: 'consumers', b2b: 'professional buyers' };

/** The preferred channel types of the personas, in the order they name them. */
export function preferredTypes(personas: readonly PersonaAnswers[]): ChannelTypeId[] {
  const types: ChannelTypeId[] = [];
  for (const persona of personas) {
    for (const ref of persona.preferred_channels) {
      const type = CHANNEL_TYPES.find((t) => t === ref);
      if (type && !types.includes(type)) types.push(type);
    }
  }
  return types;
}

/** Types that reach every one of these segments well. */
function strongFits(segments: readonly Segment[]): ChannelTypeId[] {
  return CHANNEL_TYPES.filter((t) => t !== 'custom' && segments.length > 0 && segments.every((s) => channelTypes[t].audience[s] === 'strong'));
}

/**
 * The channel types as checkbox choices: the personas' preferred ones first, then the strong fits for
 * their segments, then the rest of the catalog, custom last.
 */
export function typeChoices(personas: readonly PersonaAnswers[], segments: readonly Segment[]): Choice[] {
  const preferred = preferredTypes(personas);
  const fits = strongFits(segments).filter((t) => !preferred.includes(t));
  const rest = CHANNEL_TYPES.filter((t) => !preferred.includes(t) && !fits.includes(t));
  const fans = (type: ChannelTypeId) => personas.filter((p) => p.preferred_channels.includes(type)).map((p) => p.name);
  const describeFit = `reaches ${segments.map((s) => SEGMENT_WORDS[s]).join(' and ')} well`;
  return [
    ...preferred.map((t) => ({ value: t, name: label(t), description: `preferred by ${fans(t).join(' and ')}` })),
    ...fits.map((t) => ({ value: t, name: label(t), description: describeFit })),
    ...rest.map((t) => ({ value: t, name: label(t) })),
  ];
}

/** The types checked at first: the preferred ones, topped up to two with the best fits. */
export function suggestedTypes(personas: readonly PersonaAnswers[]): ChannelTypeId[] {
  const chosen = preferredTypes(personas);
  const segments = [...new Set(personas.map((p) => p.segment))];
  for (const type of strongFits(segments)) {
    if (chosen.length >= 2) break;
    if (!chosen.includes(type)) chosen.push(type);
  }
  return chosen;
}

/** The catalog label, with the type id where the label does not already say it: "Television (tv)". */
export function label(type: ChannelTypeId): string {
  const name = channelTypes[type].label;
  return name.toLowerCase().includes(type.replace(/-/g, ' ')) || name.toLowerCase().includes(type) ? name : `${name} (${type})`;
}

/** For each chosen type, in order, the preset channel it stands for: the first unused one of that type. */
export function matchPreset(types: readonly ChannelTypeId[], preset: Answers): (ChannelAnswers | undefined)[] {
  const used = new Set<ChannelAnswers>();
  return types.map((type) => {
    const match = preset.channels.find((c) => c.type === type && !used.has(c));
    if (match) used.add(match);
    return match;
  });
}

/** The channels pre-selected for a funnel stage: the preset's mapping, else the catalog's typical stages. */
export function stageChannels(stage: Stage, channels: readonly { id: string; type: ChannelTypeId; base?: ChannelAnswers }[], preset: Answers, required: boolean): string[] {
  const presetStage = preset.funnel.find((s) => s.stage === stage);
  const ids = channels
    .filter((c) => (c.base ? presetStage?.channels.includes(c.base.id) : channelType(c.type)?.stages.includes(stage)))
    .map((c) => c.id);
  if (ids.length || !required) return ids;
  const typical = channels.filter((c) => channelType(c.type)?.stages.includes(stage)).map((c) => c.id);
  return typical.length ? typical : channels.slice(0, 1).map((c) => c.id);
}

export function suggestedKpis(type: ChannelTypeId, base: ChannelAnswers | undefined): string[] {
  return base ? base.kpis.map((k) => k.metric) : SUGGESTED_KPIS[type];
}

/** Messages at or above this similarity count as the same (no-identical-content's default threshold). */
export const SAME_MESSAGE = 0.8;

/** The earlier message this one repeats, if any. */
export function repeated(message: string, earlier: readonly { id: string; message: string }[]): string | undefined {
  const text = normalizeText(message);
  const set = shingles(text);
  return earlier.find((e) => {
    const other = normalizeText(e.message);
    return other === text || jaccard(set, shingles(other)) >= SAME_MESSAGE;
  })?.id;
}

/** A first message for a channel, distinct from the earlier ones where a spare draft allows it. */
export function draftMessage(format: keyof typeof FORMAT_DRAFTS, earlier: readonly { id: string; message: string }[], fits: (message: string) => boolean): string {
  const candidates = [FORMAT_DRAFTS[format].message, FORMAT_DRAFTS.other.message, ...SPARE_DRAFTS];
  return candidates.find((m) => fits(m) && !repeated(m, earlier)) ?? candidates.find(fits) ?? FORMAT_DRAFTS[format].message;
}

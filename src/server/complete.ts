import { channelType, channelTypes, formats, isFormatId, metrics } from '../core/catalog/index.js';
import { STAGES, type Path } from '../index.js';
import { isRecord, type Place, type StrategyDocument } from './document.js';
import { channelAt } from './hover.js';

export interface Candidate {
  label: string;
  detail?: string;
  documentation?: string;
  kind: 'value' | 'reference';
}

/** What may be written at the cursor, or an empty list when mcm has no opinion there. */
export function candidates(doc: StrategyDocument, place: Place): Candidate[] {
  if (place.target !== 'value') return [];
  const { path } = place;
  const channel = channelAt(doc, path);
  const at = (...pattern: (string | number | null)[]) => pattern.length === path.length && pattern.every((p, i) => p === null || p === path[i]);

  if (at('channels', null, 'type')) {
    return Object.values(channelTypes).map((t) => ({ label: t.id, detail: `${t.label} (${t.category})`, documentation: t.audience.notes, kind: 'value' }));
  }
  if (at('channels', null, 'content', 'format')) {
    const type = channel && typeof channel.value.type === 'string' ? channelType(channel.value.type) : undefined;
    const ids = type && type.id !== 'custom' ? Object.keys(type.formats) : Object.keys(formats);
    return ids.filter(isFormatId).map((id) => ({ label: id, detail: formats[id].label, documentation: formats[id].description, kind: 'value' }));
  }
  if (at('channels', null, 'kpis', null, 'metric')) {
    const type = channel && typeof channel.value.type === 'string' ? channelType(channel.value.type) : undefined;
    const ids = type && type.id !== 'custom' ? type.metrics : Object.keys(metrics);
    return unique(ids).filter((id) => Object.hasOwn(metrics, id)).map(metricCandidate);
  }
  if (at('goal', 'metric')) return Object.keys(metrics).map(metricCandidate);
  if (at('channels', null, 'content', 'tone')) {
    const voice = doc.get(['brand', 'voice']);
    return Array.isArray(voice) ? unique(voice.filter((w): w is string => typeof w === 'string')).map((w) => ({ label: w, detail: 'brand voice', kind: 'value' })) : [];
  }
  if (at('funnel', null, 'stage') || at('journeys', null, 'steps', null, 'stage')) {
    return STAGES.map((s) => ({ label: s, detail: 'funnel stage', kind: 'value' }));
  }
  if (at('channels', null, 'personas', null) || at('journeys', null, 'persona')) return personaIds(doc);
  if (at('funnel', null, 'channels', null) || at('journeys', null, 'steps', null, 'channel')) return channelIds(doc);
  if (at('personas', null, 'preferred_channels', null)) {
    const types = Object.values(channelTypes).filter((t) => t.id !== 'custom').map((t): Candidate => ({ label: t.id, detail: `channel type: ${t.label}`, kind: 'value' }));
    const ids = channelIds(doc);
    const taken = new Set(ids.map((c) => c.label));
    return [...ids, ...types.filter((t) => !taken.has(t.label))];
  }
  return [];
}

function metricCandidate(id: string): Candidate {
  const facts = metrics[id]!;
  return { label: id, detail: facts.label, documentation: facts.description, kind: 'value' };
}

function personaIds(doc: StrategyDocument): Candidate[] {
  return listOf(doc, ['personas']).map((p) => ({ label: p.id, detail: p.name ?? 'persona', kind: 'reference' }));
}

function channelIds(doc: StrategyDocument): Candidate[] {
  return listOf(doc, ['channels']).map((c) => ({ label: c.id, detail: c.name ?? 'channel', kind: 'reference' }));
}

/** The items of a list of personas or channels that have a text id, each id once. */
export function listOf(doc: StrategyDocument, path: Path): { id: string; name?: string; index: number }[] {
  const list = doc.get(path);
  if (!Array.isArray(list)) return [];
  const seen = new Set<string>();
  const out: { id: string; name?: string; index: number }[] = [];
  list.forEach((item, index) => {
    if (!isRecord(item) || typeof item.id !== 'string' || !item.id || seen.has(item.id)) return;
    seen.add(item.id);
    out.push({ id: item.id, index, ...(typeof item.name === 'string' ? { name: item.name } : {}) });
  });
  return out;
}

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

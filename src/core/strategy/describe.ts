import type { MessagePart, MessageValue } from '../lint/messages.js';
import type { Path } from './types.js';

// Phrases of the schema rule's message table (src/core/rules/schema.ts): the place and the value a message names.

/** Names the place a path points to in marketing words: 'channel "email"', 'the goal', 'KPI 2 of channel "sms"'. */
export function describePlace(root: unknown, path: Path): MessagePart {
  const at = (p: Path): unknown => p.reduce<unknown>((node, key) => (isRecord(node) || Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined), root);
  const idOf = (p: Path, key = 'id'): string | undefined => {
    const node = at(p);
    const id = isRecord(node) ? node[key] : undefined;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
  };
  const named = (p: Path, messageId: string, key = 'id'): MessagePart => {
    const id = idOf(p, key);
    return id ? { messageId, data: { id } } : { messageId: `${messageId}N`, data: { n: Number(p[p.length - 1]) + 1 } };
  };
  const [top, index, sub, subIndex] = path;
  if (path.length === 0) return { messageId: 'placeStrategy' };
  if (top === 'goal') return { messageId: 'placeGoal' };
  if (top === 'brand') return { messageId: 'placeBrand' };
  if (top === 'budget') return { messageId: 'placeBudget' };
  if (top === 'stack') return { messageId: 'placeStack' };
  if (typeof index !== 'number') return { messageId: 'placeKey', data: { key: String(top) } };
  if (top === 'personas') {
    const persona = named(['personas', index], 'placePersona');
    return sub === 'age' ? { messageId: 'placePersonaAge', data: { persona } } : persona;
  }
  if (top === 'channels') {
    const channel = named(['channels', index], 'placeChannel');
    if (sub === 'content') return { messageId: 'placeContent', data: { channel } };
    if (sub === 'kpis' && typeof subIndex === 'number') return { messageId: 'placeKpiOf', data: { kpi: named(['channels', index, 'kpis', subIndex], 'placeKpi', 'metric'), channel } };
    return channel;
  }
  if (top === 'funnel') return named(['funnel', index], 'placeStage', 'stage');
  if (top === 'journeys') {
    const persona = idOf(['journeys', index], 'persona');
    const journey: MessagePart = persona ? { messageId: 'placeJourney', data: { persona } } : { messageId: 'placeJourneyN', data: { n: index + 1 } };
    return sub === 'steps' && typeof subIndex === 'number' ? { messageId: 'placeStep', data: { n: subIndex + 1, journey } } : journey;
  }
  return { messageId: 'placeKey', data: { key: String(top) } };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as the user wrote it, short enough for a message. */
export function show(value: unknown): MessageValue {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 37) + '…' : value);
  if (Array.isArray(value)) return { messageId: 'gotList' };
  // YAML 1.1 reads an unquoted 2026-03-01 as a date: shown as written when it has no time of day.
  if (value instanceof Date) return { messageId: 'gotDate', data: { date: Number.isNaN(value.getTime()) ? String(value) : value.toISOString().replace(/T00:00:00\.000Z$/, '') } };
  if (isRecord(value)) return { messageId: 'gotMapping' };
  if (value === null) return { messageId: 'gotNull' };
  // As YAML writes them: .nan and .inf are what the user typed.
  if (typeof value === 'number' && Number.isNaN(value)) return { messageId: 'gotNan' };
  if (typeof value === 'number' && !Number.isFinite(value)) return { messageId: value < 0 ? 'gotNegativeInfinity' : 'gotInfinity' };
  return String(value);
}

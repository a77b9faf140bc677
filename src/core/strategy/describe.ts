import type { Path } from './types.js';

/** Names the place a path points to in marketing words: 'channel "email"', 'the goal', 'KPI 2 of channel "sms"'. */
export function describePlace(root: unknown, path: Path): string {
  const at = (p: Path): unknown => p.reduce<unknown>((node, key) => (isRecord(node) || Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined), root);
  const idOf = (p: Path, key = 'id'): string | undefined => {
    const node = at(p);
    const id = isRecord(node) ? node[key] : undefined;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
  };
  const named = (p: Path, noun: string, key = 'id') => {
    const id = idOf(p, key);
    return id ? `${noun} "${id}"` : `${noun} ${Number(p[p.length - 1]) + 1}`;
  };
  const [top, index, sub, subIndex] = path;
  if (path.length === 0) return 'the strategy';
  if (top === 'goal' || top === 'brand' || top === 'budget' || top === 'stack') return `the ${top}`;
  if (typeof index !== 'number') return `"${String(top)}"`;
  if (top === 'personas') {
    const persona = named(['personas', index], 'persona');
    return sub === 'age' ? `the age range of ${persona}` : persona;
  }
  if (top === 'channels') {
    const channel = named(['channels', index], 'channel');
    if (sub === 'content') return `the content of ${channel}`;
    if (sub === 'kpis' && typeof subIndex === 'number') return `${named(['channels', index, 'kpis', subIndex], 'KPI', 'metric')} of ${channel}`;
    return channel;
  }
  if (top === 'funnel') return `funnel ${named(['funnel', index], 'stage', 'stage')}`;
  if (top === 'journeys') {
    const journey = idOf(['journeys', index], 'persona');
    const owner = journey ? `the journey of persona "${journey}"` : `journey ${index + 1}`;
    return sub === 'steps' && typeof subIndex === 'number' ? `step ${subIndex + 1} of ${owner}` : owner;
  }
  return `"${String(top)}"`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as the user wrote it, short enough for a message. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 37) + '…' : value);
  if (Array.isArray(value)) return 'a list';
  if (isRecord(value)) return 'a mapping';
  if (value === null) return 'nothing (null)';
  // As YAML writes them: .nan and .inf are what the user typed.
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '.nan (not a number)' : `${value < 0 ? '-' : ''}.inf (infinity)`;
  return String(value);
}

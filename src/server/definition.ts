import type { Path } from '../index.js';
import { listOf } from './complete.js';
import type { Place, StrategyDocument } from './document.js';

/** The offsets of the `id` of the persona or channel named under the cursor. */
export function definitionOf(doc: StrategyDocument, place: Place): [number, number] | undefined {
  if (place.target !== 'value') return undefined;
  const list = referencedList(place.path);
  if (!list) return undefined;
  const id = doc.get(place.path);
  if (typeof id !== 'string') return undefined;
  const target = listOf(doc, [list]).find((item) => item.id === id);
  return target ? doc.range([list, target.index, 'id']) : undefined;
}

function referencedList(path: Path): 'personas' | 'channels' | undefined {
  const at = (...pattern: (string | null)[]) => pattern.length === path.length && pattern.every((p, i) => p === null || p === path[i]);
  if (at('channels', null, 'personas', null) || at('journeys', null, 'persona')) return 'personas';
  if (at('funnel', null, 'channels', null) || at('journeys', null, 'steps', null, 'channel') || at('personas', null, 'preferred_channels', null)) return 'channels';
  return undefined;
}

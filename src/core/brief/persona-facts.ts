import type { Persona } from '../strategy/types.js';
import { formatNumber } from './format.js';
import type { BriefKey } from './messages.js';
import type { BriefLanguage } from './model.js';

/** Who a persona is, as every brief shows it. */
export interface PersonaFacts {
  /** "B2C (consumer)" or "B2B (business buyer)". */
  segment: string | null;
  /** "28 to 40", "65 and older", "up to 25". */
  age: string | null;
  devices: string[];
  description: string | null;
  motivations: string[];
  painPoints: string[];
}

const SEGMENTS: Record<string, BriefKey> = { b2c: 'segment.b2c', b2b: 'segment.b2b' };
const DEVICES: Record<string, BriefKey> = { mobile: 'device.mobile', desktop: 'device.desktop', tablet: 'device.tablet', tv: 'device.tv', 'in-store': 'device.in-store' };

export function personaFacts(persona: Persona, language: BriefLanguage): PersonaFacts {
  const { t } = language;
  const texts = (list: unknown[] | undefined) => (list ?? []).filter((item): item is string => typeof item === 'string' && item.trim() !== '');
  const word = (table: Record<string, BriefKey>, value: string) => (Object.hasOwn(table, value) ? t.t(table[value]!) : value);
  return {
    segment: persona.segment ? word(SEGMENTS, persona.segment) : null,
    age: ageText(persona.age?.min, persona.age?.max, language),
    devices: texts(persona.devices).map((d) => word(DEVICES, d)),
    description: persona.description?.trim() ? persona.description : null,
    motivations: texts(persona.motivations),
    painPoints: texts(persona.pain_points),
  };
}

function ageText(min: number | undefined, max: number | undefined, { t, locale }: BriefLanguage): string | null {
  const hasMin = typeof min === 'number';
  const hasMax = typeof max === 'number';
  const n = (value: number) => formatNumber(value, locale);
  if (hasMin && hasMax) return min === max ? n(min) : t.t('age.range', { min: n(min), max: n(max) });
  if (hasMin) return t.t('age.from', { min: n(min) });
  if (hasMax) return t.t('age.upTo', { max: n(max) });
  return null;
}

import type { Persona } from '../strategy/types.js';

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

const SEGMENTS: Record<string, string> = { b2c: 'B2C (consumer)', b2b: 'B2B (business buyer)' };
const DEVICES: Record<string, string> = { mobile: 'mobile', desktop: 'desktop', tablet: 'tablet', tv: 'TV', 'in-store': 'in store' };

export function personaFacts(persona: Persona): PersonaFacts {
  const texts = (list: unknown[] | undefined) => (list ?? []).filter((item): item is string => typeof item === 'string' && item.trim() !== '');
  return {
    segment: persona.segment ? SEGMENTS[persona.segment] ?? persona.segment : null,
    age: ageText(persona.age?.min, persona.age?.max),
    devices: texts(persona.devices).map((d) => DEVICES[d] ?? d),
    description: persona.description?.trim() ? persona.description : null,
    motivations: texts(persona.motivations),
    painPoints: texts(persona.pain_points),
  };
}

function ageText(min: number | undefined, max: number | undefined): string | null {
  const hasMin = typeof min === 'number';
  const hasMax = typeof max === 'number';
  if (hasMin && hasMax) return min === max ? `${min}` : `${min} to ${max}`;
  if (hasMin) return `${min} and older`;
  if (hasMax) return `up to ${max}`;
  return null;
}

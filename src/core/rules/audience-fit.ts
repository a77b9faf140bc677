import { channelTypes, channelType, type AudienceFacts, type ChannelTypeFacts } from '../catalog/index.js';
import { defineRule } from '../lint/define-rule.js';
import type { Persona } from '../strategy/types.js';

type Usage = NonNullable<AudienceFacts['usageByAge']>;
const BANDS: { key: keyof Usage; min: number; max: number }[] = [
  { key: '18-29', min: 18, max: 29 },
  { key: '30-49', min: 30, max: 49 },
  { key: '50-64', min: 50, max: 64 },
  { key: '65+', min: 65, max: Infinity },
];
const SURVEY = 'Pew Research Center, 2023';

export default defineRule({
  id: 'audience-fit',
  description: 'A channel\'s audience does not clearly miss every persona it targets (a B2B buyer aged 45+ reached only through TikTok).',
  severity: { recommended: 'info', strict: 'warning' },
  messages: {
    miss: 'Channel "{{channel}}" ({{type}}) reaches none of its personas well: {{misses}}. Consider {{better}} for them.',
  },
  check({ strategy, report }) {
    const byId = new Map<string, Persona>();
    strategy.personas.forEach((persona) => byId.has(persona.id) || byId.set(persona.id, persona));
    strategy.channels.forEach((channel, i) => {
      const type = channel.type === 'custom' ? undefined : channelType(channel.type);
      const ids = channel.personas ?? [];
      const personas = ids.flatMap((id) => byId.get(id) ?? []);
      // Judge only when every persona the channel targets is known: one unknown could be the one it fits.
      if (!type || !personas.length || personas.length !== ids.length) return;
      if (!personas.every((p) => misses(type.audience, p))) return;
      const reasons = personas.map((p) => whyMissed(type, p)).join('; ');
      report({ messageId: 'miss', data: { channel: channel.id, type: type.label, misses: reasons, better: better(type, personas) }, path: ['channels', i, 'type'] });
    });
  },
});

/** Ages within a band the channel reaches poorly. A persona without an age range is never a miss on age. */
function agesMissed(audience: AudienceFacts, persona: Persona): boolean {
  const min = persona.age?.min;
  if (min === undefined) return false;
  const max = persona.age?.max ?? Infinity;
  return (audience.weakAges ?? []).some((band) => min >= band.min && max <= (band.max ?? Infinity));
}

function segmentMissed(audience: AudienceFacts, persona: Persona): boolean {
  return persona.segment !== undefined && audience[persona.segment] === 'weak';
}

function misses(audience: AudienceFacts, persona: Persona): boolean {
  return agesMissed(audience, persona) || segmentMissed(audience, persona);
}

function whyMissed(type: ChannelTypeFacts, persona: Persona): string {
  const { audience, label } = type;
  if (agesMissed(audience, persona)) {
    const share = audience.usageByAge && shares(audience.usageByAge, [persona]);
    const fact = share ? `${share} of US adults that age use ${label}, ${SURVEY}` : `an age ${label} reaches poorly`;
    return `"${persona.id}", aged ${ageText(persona)} (${fact})`;
  }
  return persona.segment === 'b2b' ? `"${persona.id}", a B2B buyer (${label} is weak for B2B)` : `"${persona.id}", a consumer (${label} is weak for consumers)`;
}

/** The channel type that misses none of the personas and is strong for their segments, most used at their ages first. */
function better(type: ChannelTypeFacts, personas: Persona[]): string {
  const segments = new Set(personas.flatMap((p) => (p.segment ? [p.segment] : [])));
  const fits = Object.values(channelTypes).filter((t) => t.id !== 'custom' && t.id !== type.id
    && personas.every((p) => !misses(t.audience, p)) && [...segments].every((s) => t.audience[s] === 'strong'));
  const surveyed = fits.flatMap((t) => {
    const usage = t.audience.usageByAge;
    return usage ? [{ t, score: average(personas.flatMap((p) => bandsOf(p).map((b) => usage[b.key]))) }] : [];
  }).sort((a, b) => b.score - a.score);
  const pick = surveyed[0]?.t ?? fits.find((t) => t.category === type.category) ?? fits[0];
  if (!pick) return 'a channel type whose audience matches theirs';
  const traits = [
    ...(segments.has('b2b') ? [segments.has('b2c') ? 'strong with consumers and B2B buyers' : 'strong with B2B buyers'] : []),
    ...(pick.audience.usageByAge && personas.some(hasAge) ? [`used by ${shares(pick.audience.usageByAge, personas)} of US adults their age`] : []),
  ];
  return traits.length ? `${pick.label} (${traits.join(', ')})` : pick.label;
}

/** The survey bands a persona's age range overlaps; all of them when the persona gives no age. */
function bandsOf(persona: Persona): typeof BANDS {
  const min = persona.age?.min ?? 0;
  const max = persona.age?.max ?? Infinity;
  return BANDS.filter((b) => b.max >= min && b.min <= max);
}

/** "10 %" or "10–24 %": the usage shares of the bands the personas' ages overlap. */
function shares(usage: Usage, personas: Persona[]): string {
  const values = personas.filter(hasAge).flatMap((p) => bandsOf(p).map((b) => Math.round(usage[b.key] * 100)));
  if (!values.length) return '';
  const [low, high] = [Math.min(...values), Math.max(...values)];
  return low === high ? `${low} %` : `${low}–${high} %`;
}

function hasAge(persona: Persona): boolean {
  return persona.age?.min !== undefined || persona.age?.max !== undefined;
}

function ageText(persona: Persona): string {
  const { min, max } = persona.age ?? {};
  return max === undefined ? `${min} and over` : `${min}–${max}`;
}

function average(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / (values.length || 1);
}

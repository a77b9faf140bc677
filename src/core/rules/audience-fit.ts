import { channelTypes, channelType, type AudienceFacts, type ChannelTypeFacts } from '../catalog/index.js';
import { defineRule, type MessagePart, type MessageValue } from '../lint/define-rule.js';
import type { Persona } from '../strategy/types.js';

type Usage = NonNullable<AudienceFacts['usageByAge']>;
const BANDS: { key: keyof Usage; min: number; max: number }[] = [
  { key: '18-29', min: 18, max: 29 },
  { key: '30-49', min: 30, max: 49 },
  { key: '50-64', min: 50, max: 64 },
  { key: '65+', min: 65, max: Infinity },
];

export default defineRule({
  id: 'audience-fit',
  description: 'A channel\'s audience does not clearly miss every persona it targets (a B2B buyer aged 45+ reached only through TikTok).',
  severity: { recommended: 'info', strict: 'warning' },
  messages: {
    miss: 'Channel "{{channel}}" ({{type}}) reaches none of its personas well: {{misses}}. Consider {{better}} for them.',
    agedSurvey: '"{{persona}}", aged {{age}} ({{share}} of US adults that age use {{type}}, Pew Research Center, 2023)',
    agedPoorly: '"{{persona}}", aged {{age}} (an age {{type}} reaches poorly)',
    b2bBuyer: '"{{persona}}", a B2B buyer ({{type}} is weak for B2B)',
    consumer: '"{{persona}}", a consumer ({{type}} is weak for consumers)',
    ageOver: '{{min}} and over',
    ageRange: '{{min}}–{{max}}',
    share: '{{low}} %',
    shareRange: '{{low}}–{{high}} %',
    anyMatching: 'a channel type whose audience matches theirs',
    withTraits: '{{type}} ({{traits}})',
    strongBoth: 'strong with consumers and B2B buyers',
    strongB2b: 'strong with B2B buyers',
    usedBy: 'used by {{share}} of US adults their age',
  },
  check({ strategy, report }) {
    const byId = new Map<string, Persona>();
    // The better type depends only on the type and the personas: worked out once for each pair of them.
    const picks = new Map<string, ChannelTypeFacts | undefined>();
    strategy.personas.forEach((persona) => byId.has(persona.id) || byId.set(persona.id, persona));
    strategy.channels.forEach((channel, i) => {
      const type = channel.type === 'custom' ? undefined : channelType(channel.type);
      const ids = channel.personas ?? [];
      const personas = ids.flatMap((id) => byId.get(id) ?? []);
      // Judge only when every persona the channel targets is known: one unknown could be the one it fits.
      if (!type || !personas.length || personas.length !== ids.length) return;
      if (!personas.every((p) => misses(type.audience, p))) return;
      const reasons = { list: personas.map((p) => whyMissed(type, p)), join: '; ' as const };
      report({ messageId: 'miss', data: { channel: channel.id, type: type.label, misses: reasons, better: better(type, personas, picks) }, path: ['channels', i, 'type'] });
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

function whyMissed(type: ChannelTypeFacts, persona: Persona): MessagePart {
  const { audience, label } = type;
  if (agesMissed(audience, persona)) {
    const share = audience.usageByAge && shares(audience.usageByAge, [persona]);
    const age = ageText(persona);
    return share
      ? { messageId: 'agedSurvey', data: { persona: persona.id, age, share, type: label } }
      : { messageId: 'agedPoorly', data: { persona: persona.id, age, type: label } };
  }
  return { messageId: persona.segment === 'b2b' ? 'b2bBuyer' : 'consumer', data: { persona: persona.id, type: label } };
}

/** The channel type that misses none of the personas and is strong for their segments, most used at their ages first. */
function better(type: ChannelTypeFacts, personas: Persona[], picks: Map<string, ChannelTypeFacts | undefined>): MessageValue {
  const segments = new Set(personas.flatMap((p) => (p.segment ? [p.segment] : [])));
  const key = [type.id, ...personas.map((p) => p.id)].join('\0');
  let pick = picks.get(key);
  if (pick === undefined && !picks.has(key)) {
    const fits = Object.values(channelTypes).filter((t) => t.id !== 'custom' && t.id !== type.id
      && personas.every((p) => !misses(t.audience, p)) && [...segments].every((s) => t.audience[s] === 'strong'));
    const surveyed = fits.flatMap((t) => {
      const usage = t.audience.usageByAge;
      return usage ? [{ t, score: average(personas.flatMap((p) => bandsOf(p).map((b) => usage[b.key]))) }] : [];
    }).sort((a, b) => b.score - a.score);
    pick = surveyed[0]?.t ?? fits.find((t) => t.category === type.category) ?? fits[0];
    picks.set(key, pick);
  }
  if (!pick) return { messageId: 'anyMatching' };
  const traits: MessagePart[] = [
    ...(segments.has('b2b') ? [{ messageId: segments.has('b2c') ? 'strongBoth' : 'strongB2b' }] : []),
    ...(pick.audience.usageByAge && personas.some(hasAge) ? [{ messageId: 'usedBy', data: { share: shares(pick.audience.usageByAge, personas)! } }] : []),
  ];
  return traits.length ? { messageId: 'withTraits', data: { type: pick.label, traits: { list: traits, join: ', ' } } } : pick.label;
}

/** The survey bands a persona's age range overlaps; all of them when the persona gives no age. */
function bandsOf(persona: Persona): typeof BANDS {
  const min = persona.age?.min ?? 0;
  const max = persona.age?.max ?? Infinity;
  return BANDS.filter((b) => b.max >= min && b.min <= max);
}

/** "10 %" or "10–24 %": the usage shares of the bands the personas' ages overlap. */
function shares(usage: Usage, personas: Persona[]): MessagePart | undefined {
  const values = personas.filter(hasAge).flatMap((p) => bandsOf(p).map((b) => Math.round(usage[b.key] * 100)));
  if (!values.length) return undefined;
  const [low, high] = [Math.min(...values), Math.max(...values)];
  return low === high ? { messageId: 'share', data: { low } } : { messageId: 'shareRange', data: { low, high } };
}

function hasAge(persona: Persona): boolean {
  return persona.age?.min !== undefined || persona.age?.max !== undefined;
}

function ageText(persona: Persona): MessagePart {
  const { min, max } = persona.age ?? {};
  return max === undefined ? { messageId: 'ageOver', data: { min: min! } } : { messageId: 'ageRange', data: { min: min!, max } };
}

function average(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / (values.length || 1);
}

import { isChannelTypeId } from '../catalog/index.js';
import type { ChannelTypeId } from '../catalog/types.js';
import type { Stage } from '../strategy/types.js';
import type { Segment } from './answers.js';
import type { PresetName } from './flags.js';

// The kinds of business the wizard knows: what each suggests (its typical goal measure, voice, channels
// and stage objectives) and the examples it shows as hints. A suggestion names only its own kind.

export const BUSINESS_KINDS = ['local-service', 'shop', 'b2b', 'education', 'hospitality', 'health', 'events', 'non-profit', 'other'] as const;
export type BusinessKind = (typeof BUSINESS_KINDS)[number];

export interface KindFacts {
  segment: Segment;
  /** The goal's measure, in words; read like any answer ("appointments booked" → appointments_booked). */
  metric: string;
  voice: string[];
  /** Channel types this kind of business often uses, most typical first; types not in the catalog are left out. */
  channels: string[];
  objectives: Record<Stage, string>;
  /** Shown greyed as examples, never taken by Enter. */
  examples: { name: string; goal: string; metric: string; usp: string; persona: string; budget: string };
  /** The preset drafting a whole strategy of this kind, where there is one. */
  preset?: PresetName;
  /** Words that name this kind of business: no other kind suggests them. */
  nouns: string[];
}

export const KINDS: Record<BusinessKind, KindFacts> = {
  'local-service': {
    segment: 'b2c', metric: 'appointments booked', voice: ['friendly', 'straightforward'],
    channels: ['website', 'google-business-profile', 'facebook', 'ppc-search', 'email'],
    objectives: {
      awareness: 'People nearby learn we exist', consideration: 'Locals compare us with other providers', conversion: 'Locals book a visit',
      retention: 'Customers come back for the next visit', advocacy: 'Customers recommend us to their neighbours',
    },
    examples: { name: 'Spring booking drive', goal: 'Book 300 visits online this quarter', metric: 'appointments booked', usp: 'Same-week visits at a fixed price', persona: 'Dana, the busy homeowner', budget: '5,000' },
    preset: 'local-service', nouns: ['neighbour', 'locals', 'provider', 'homeowner'],
  },
  shop: {
    segment: 'b2c', metric: 'revenue', voice: ['friendly', 'confident'],
    channels: ['website', 'instagram', 'ppc-search', 'email', 'facebook'],
    objectives: {
      awareness: 'Shoppers discover the shop', consideration: 'Shoppers compare our products with others', conversion: 'Shoppers place an order',
      retention: 'Customers order again', advocacy: 'Customers show off their purchase',
    },
    examples: { name: 'Autumn collection launch', goal: 'Sell 50,000 EUR online this season', metric: 'revenue', usp: 'Free returns for 100 days', persona: 'Mila, the careful shopper', budget: '20,000' },
    preset: 'ecommerce', nouns: ['shopper', 'product', 'order', 'purchase', 'shop'],
  },
  b2b: {
    segment: 'b2b', metric: 'leads', voice: ['expert', 'clear'],
    channels: ['website', 'linkedin', 'email', 'webinar', 'ppc-search'],
    objectives: {
      awareness: 'Target companies hear about us', consideration: 'Buyers evaluate what we offer', conversion: 'Buyers ask for a demo or a trial',
      retention: 'Clients renew and grow their account', advocacy: 'Clients refer their peers',
    },
    examples: { name: 'Q3 pipeline push', goal: 'Win 120 qualified leads this quarter', metric: 'leads', usp: 'Set up in a day, no consultants needed', persona: 'Ravi, the operations lead', budget: '30,000' },
    preset: 'b2b-saas', nouns: ['companies', 'demo', 'trial', 'client', 'buyer', 'account'],
  },
  education: {
    segment: 'b2c', metric: 'enrolments', voice: ['encouraging', 'clear'],
    channels: ['website', 'facebook', 'instagram', 'email', 'ppc-search'],
    objectives: {
      awareness: 'Future students hear about our courses', consideration: 'Students compare our courses and teachers', conversion: 'Students enrol',
      retention: 'Students sign up for the next course', advocacy: 'Students recommend us to friends',
    },
    examples: { name: 'Autumn enrolment', goal: 'Enrol 200 new students by 30 September', metric: 'enrolments', usp: 'Small groups and a free trial lesson', persona: 'Olga, the adult learner', budget: '8,000' },
    nouns: ['student', 'course', 'teacher', 'lesson', 'enrol'],
  },
  hospitality: {
    segment: 'b2c', metric: 'reservations', voice: ['warm', 'welcoming'],
    channels: ['website', 'instagram', 'google-business-profile', 'facebook', 'email'],
    objectives: {
      awareness: 'Travellers and people nearby discover us', consideration: 'Guests compare us with other places', conversion: 'Guests reserve',
      retention: 'Guests come back', advocacy: 'Guests leave reviews and tell friends',
    },
    examples: { name: 'Summer season', goal: 'Fill 80% of our tables on weekdays by June', metric: 'reservations', usp: 'A view of the old town from every table', persona: 'Marta, the weekend traveller', budget: '6,000' },
    nouns: ['guest', 'traveller', 'hotel', 'restaurant', 'table', 'reserv'],
  },
  health: {
    segment: 'b2c', metric: 'appointments booked', voice: ['caring', 'reassuring'],
    channels: ['website', 'google-business-profile', 'ppc-search', 'email', 'facebook'],
    objectives: {
      awareness: 'People nearby learn about our care', consideration: 'Patients compare us with other practices', conversion: 'Patients book a visit',
      retention: 'Patients come back for check-ups', advocacy: 'Patients recommend us',
    },
    examples: { name: 'New patients this spring', goal: 'Welcome 150 new patients by June', metric: 'appointments booked', usp: 'Appointments within 48 hours, evenings included', persona: 'Piotr, the office worker with back pain', budget: '10,000' },
    nouns: ['patient', 'clinic', 'care', 'practice', 'check-up'],
  },
  events: {
    segment: 'b2c', metric: 'tickets sold', voice: ['lively', 'inviting'],
    channels: ['website', 'instagram', 'facebook', 'email', 'tiktok'],
    objectives: {
      awareness: 'The audience hears about the event', consideration: 'People look through the programme', conversion: 'People buy tickets',
      retention: 'This year\'s audience comes to the next edition', advocacy: 'The audience brings friends',
    },
    examples: { name: 'Festival 2027', goal: 'Sell 3,000 tickets by the opening night', metric: 'tickets sold', usp: 'Three stages, one riverside, all weekend', persona: 'Kasia, the festival regular', budget: '25,000' },
    nouns: ['ticket', 'audience', 'edition', 'festival'],
  },
  'non-profit': {
    segment: 'b2c', metric: 'donations', voice: ['hopeful', 'sincere'],
    channels: ['website', 'facebook', 'email', 'instagram', 'events'],
    objectives: {
      awareness: 'People learn about the cause', consideration: 'Supporters see what their help does', conversion: 'Supporters give or volunteer',
      retention: 'Donors give again', advocacy: 'Supporters spread the word',
    },
    examples: { name: 'Winter appeal', goal: 'Raise 40,000 EUR from 800 donors by December', metric: 'donations', usp: 'Every euro goes to the shelter, none to overheads', persona: 'Ewa, the monthly donor', budget: '4,000' },
    nouns: ['donor', 'donat', 'volunteer', 'cause', 'supporter', 'appeal'],
  },
  other: {
    segment: 'b2c', metric: 'conversions', voice: ['friendly', 'clear'],
    channels: ['website', 'email', 'facebook'],
    objectives: {
      awareness: 'People who need us learn that we exist', consideration: 'People compare us with the alternatives', conversion: 'People take the step and buy or sign up',
      retention: 'Customers come back', advocacy: 'Customers recommend us to others',
    },
    examples: { name: 'Spring campaign', goal: 'Win 300 new customers this quarter', metric: 'new customers', usp: 'What makes you the obvious choice', persona: 'Alex, the first-time customer', budget: '10,000' },
    nouns: [],
  },
};

/** The kind's channel types that the catalog has, in the kind's order. */
export function kindChannels(kind: BusinessKind): ChannelTypeId[] {
  return KINDS[kind].channels.filter(isChannelTypeId);
}

/** The kind a preset stands for. */
export function kindOfPreset(name: PresetName): BusinessKind {
  return BUSINESS_KINDS.find((k) => KINDS[k].preset === name) ?? 'other';
}

import type { Channel, ChannelContent, Stage } from '../strategy/schema-types.js';

export type ChannelTypeId = Channel['type'];
export type FormatId = NonNullable<ChannelContent['format']>;
export type Category = 'owned' | 'paid' | 'earned';

/** How a platform counts the characters of a text. */
export type Counting =
  | 'characters' // Unicode code points
  | 'gsm-7' // SMS: 160 GSM-7 characters per segment (153 when split), 70/67 once any character is outside GSM-7
  | 'x-weighted'; // X: URLs count 23, CJK and emoji count 2

/** A length limit on one field of a format. */
export interface TextLimit {
  /** Which field of `content` the limit applies to. */
  field: 'message' | 'headline';
  /** What the platform calls that field: "caption", "primary text", "subject line". */
  label: string;
  max: number;
  counting: Counting;
  /** true: the platform rejects, truncates or clips past the limit; false: guidance only. */
  hard: boolean;
  /** How many of these the format takes, where it takes several (content.headlines, content.descriptions). */
  count?: { min: number; max: number };
  source: string;
}

export interface FormatFacts {
  limits: TextLimit[];
  /** false when a link in the text is not clickable (Instagram captions). */
  linksClickable: boolean;
  note?: string;
  /** Which advice `note` gives, for rules that say it in every language. */
  advice?: 'captions' | 'offline';
  source?: string;
}

export interface AudienceFacts {
  /** Share of adults using the platform, by age band (0–1), where a survey gives it. */
  usageByAge?: { '18-29': number; '30-49': number; '50-64': number; '65+': number };
  /** Ages the channel reaches poorly: a persona entirely inside such a band is a clear miss. */
  weakAges?: { min: number; max?: number }[];
  b2b: 'strong' | 'fair' | 'weak';
  b2c: 'strong' | 'fair' | 'weak';
  notes: string;
  source: string;
}

export interface MisfitMetric {
  /** Why the metric does not exist on this channel, in marketing words. */
  reason: string;
  /** The id of that reason. */
  why: string;
  /** Catalog metrics that measure the same thing on this channel. */
  instead: string[];
}

export interface ChannelTypeFacts {
  id: ChannelTypeId;
  label: string;
  category: Category;
  /** The formats this type supports, with their limits. */
  formats: Partial<Record<FormatId, FormatFacts>>;
  /** The funnel stages the type typically serves. */
  stages: Stage[];
  /** Catalog metric ids that apply to this type. */
  metrics: string[];
  /** Catalog metrics that do not exist on this type, with the better alternative. */
  misfitMetrics: Partial<Record<string, MisfitMetric>>;
  audience: AudienceFacts;
  source: string;
}

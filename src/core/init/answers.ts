import type { ChannelTypeId, FormatId } from '../catalog/types.js';
import type { AgeRange, Stage } from '../strategy/types.js';
import type { BusinessKind } from './kinds.js';
import type { Place } from './natural.js';

export type Approach = 'multichannel' | 'cross-channel' | 'omnichannel';
export type Segment = 'b2c' | 'b2b';

export interface PersonaAnswers {
  id: string;
  name: string;
  segment: Segment;
  age?: AgeRange;
  description?: string;
  motivations: string[];
  pain_points: string[];
  /** Channel types. */
  preferred_channels: string[];
}

export interface KpiAnswers {
  metric: string;
  target: number;
  baseline?: number;
}

export interface ContentAnswers {
  format: FormatId;
  headline?: string;
  message: string;
  cta: string;
  tone?: string;
}

export interface ChannelAnswers {
  id: string;
  type: ChannelTypeId;
  name: string;
  personas: string[];
  owner?: string;
  budget?: number;
  content: ContentAnswers;
  kpis: KpiAnswers[];
  /** The funnel stages it serves; the funnel mapping is built from them. */
  stages?: Stage[];
  /** When it runs: flights, dates inclusive. */
  schedule?: DateRange[];
}

export interface DateRange {
  start: string;
  end: string;
}

export interface StageAnswers {
  stage: Stage;
  objective: string;
  channels: string[];
}

/** Everything `mcm init` asks, in the order of the method; `buildStrategy` turns it into a strategy. */
export interface Answers {
  /** What the business is, where, and the language it speaks; the wizard suggests from it. */
  business?: { kind: BusinessKind; place?: Place };
  name: string;
  goal: { statement: string; metric: string; target: number; baseline?: number; deadline: string };
  usp: string;
  approach: Approach;
  crm?: string;
  brand: { voice: string[]; core_message?: string };
  personas: PersonaAnswers[];
  channels: ChannelAnswers[];
  /** Stages in funnel order; a stage with no channel is left out. */
  funnel: StageAnswers[];
  budget?: { total: number; currency: string };
  /** When the strategy runs. */
  period?: DateRange;
}

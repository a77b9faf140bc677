import type { MessageData } from '../lint/messages.js';

export type {
  Strategy, Goal, Brand, Budget, Stack, Persona, AgeRange, Channel, ChannelContent, Kpi, FunnelStage,
  Journey, JourneyStep, Stage,
} from './schema-types.js';

/** A JSON path into the strategy: keys and array indexes. */
export type Path = readonly (string | number)[];

/** 1-based, end exclusive. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A problem reading the file as YAML, reported by the `yaml-syntax` rule with a message of its table. */
export interface SyntaxProblem {
  messageId: string;
  data?: MessageData;
  range: SourceRange;
  severity: 'error' | 'warning';
}

export const STAGES = ['awareness', 'consideration', 'conversion', 'retention', 'advocacy'] as const;
export const CORE_STAGES = ['awareness', 'consideration', 'conversion', 'retention'] as const;

/** Turns a path into a JSON Pointer (RFC 6901). */
export function toPointer(path: Path): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

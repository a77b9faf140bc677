/** A KPI's standing as of a date (SPEC §6). */
export type KpiStatus = 'met' | 'on-track' | 'at-risk' | 'off-track' | 'no-data';

/** The scorecard as `mcm track --format json` prints it (SPEC §6): what the report shows when results are given. */
export interface Scorecard {
  /** ISO date the figures are read at. */
  asOf: string;
  kpis: ScorecardKpi[];
  /** null when no channel KPI measures the goal metric. */
  goal: { metric: string; target: number | null; actual: number | null; status: KpiStatus } | null;
  problems: { file: string; row: number; column: number; message: string }[];
}

export interface ScorecardKpi {
  channel: string;
  metric: string;
  target: number | null;
  baseline: number | null;
  actual: number | null;
  /** What the pacing expects by now; null for level metrics. */
  expected: number | null;
  /** actual ÷ target, where both are known. */
  progress: number | null;
  status: KpiStatus;
}

export const STATUS_LABELS: Record<KpiStatus, string> = {
  met: 'Met',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  'no-data': 'No data',
};

import type { KpiStatus } from './scorecard.js';

/** Status colours, worst first; each keeps 4.5:1 contrast with white text and on a white page. */
export const STATUS_COLORS: { status: KpiStatus; color: string }[] = [
  { status: 'off-track', color: '#b42318' },
  { status: 'at-risk', color: '#9a5b00' },
  { status: 'on-track', color: '#1f6f3f' },
  { status: 'met', color: '#14532d' },
  { status: 'no-data', color: '#5b6472' },
];

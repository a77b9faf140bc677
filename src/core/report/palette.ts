import { STATUS_LABELS, type KpiStatus } from './scorecard.js';

/** Status colours, worst first; each keeps 4.5:1 contrast with white text and on a white page. */
export const STATUS_COLORS: { status: KpiStatus; label: string; color: string }[] = [
  { status: 'off-track', label: STATUS_LABELS['off-track'], color: '#b42318' },
  { status: 'at-risk', label: STATUS_LABELS['at-risk'], color: '#9a5b00' },
  { status: 'on-track', label: STATUS_LABELS['on-track'], color: '#1f6f3f' },
  { status: 'met', label: STATUS_LABELS.met, color: '#14532d' },
  { status: 'no-data', label: STATUS_LABELS['no-data'], color: '#5b6472' },
];

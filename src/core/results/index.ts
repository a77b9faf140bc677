export { buildScorecard, flowStatus, levelStatus, STATUS_ORDER } from './scorecard.js';
export type { BudgetScore, GoalScore, KpiScore, Scorecard, ScorecardOptions, Status } from './scorecard.js';
export { parseResults, SPEND } from './parse.js';
export type { ParsedResults, ResultProblem, ResultRow, ResultsStrategy } from './parse.js';
export { parseNumber } from './number.js';
export { readCsv } from './csv.js';

import { DOCS_BASE, defineRule, type Preset, type Rule } from '../../../src/core/lint/define-rule.js';
import { countSeverities, type Diagnostic, type LintResult, type RuleInfo, type Severity, type SeveritySetting } from '../../../src/core/lint/diagnostic.js';
import type { FormatterOptions } from '../../../src/core/formatters/index.js';
import { toPointer, type Path } from '../../../src/core/strategy/types.js';

/** Where the fixture pretends mcm ran: paths in the output are relative to it. */
export const CWD = '/work/agency';

function rule(id: string, description: string, severity: Record<Preset, SeveritySetting>): Rule {
  return defineRule({ id, description, severity, messages: {}, check() {} });
}

/** A fixed rule list, so that goldens do not change when rules are added to mcm. */
export const RULES: readonly Rule[] = [
  rule('yaml-syntax', 'The file parses as one YAML document, with no duplicate keys.', { recommended: 'error', strict: 'error' }),
  rule('schema', 'The strategy follows the mcm file format.', { recommended: 'error', strict: 'error' }),
  rule('channel-kpis', 'Every channel has at least one KPI with a numeric target.', { recommended: 'error', strict: 'error' }),
  rule('no-identical-content', 'Channels do not all carry the same message.', { recommended: 'error', strict: 'error' }),
  rule('kpi-channel-fit', 'KPIs exist on the channel type they are set for.', { recommended: 'warning', strict: 'error' }),
  rule('owned-channel', 'The strategy includes a website or blog channel.', { recommended: 'info', strict: 'warning' }),
  rule('channel-owner', 'Every channel has an owner.', { recommended: 'off', strict: 'warning' }),
];

export const OPTIONS: FormatterOptions = { color: false, cwd: CWD, version: '1.2.3' };

/** The rules as a lint result lists them: the fixed list, every rule on (channel-owner as the strict preset sets it). */
const RULE_INFO: RuleInfo[] = RULES.map((r) => ({
  id: r.id, description: r.description, docsUrl: r.docsUrl, severity: r.severity, setting: r.severity.recommended === 'off' ? r.severity.strict : r.severity.recommended,
}));

interface Spec {
  ruleId: string;
  severity: Severity;
  message: string;
  path: Path;
  at: [line: number, column: number, endColumn: number];
  docs?: false;
}

function result(file: string, specs: Spec[]): LintResult {
  const diagnostics = specs.map(({ ruleId, severity, message, path, at: [line, column, endColumn], docs }): Diagnostic => ({
    ruleId, messageId: 'fixture', message, severity, file, path, pointer: toPointer(path),
    line, column, endLine: line, endColumn, ...(docs === false ? {} : { docsUrl: `${DOCS_BASE}${ruleId}` }),
  }));
  return { ...countSeverities(file, diagnostics), rules: RULE_INFO };
}

/** Every severity, a rule mcm no longer lists, characters that formats must escape, and a clean file. */
export const RESULTS: LintResult[] = [
  result('strategies/spring-promo.yaml', [
    { ruleId: 'schema', severity: 'error', path: [], at: [2, 1, 7],
      message: 'Missing required "usp" in the strategy: the unique selling proposition every channel builds on.' },
    { ruleId: 'owned-channel', severity: 'info', path: ['channels'], at: [30, 1, 9],
      message: 'No channel is a website or a blog: your site is a channel too, add it so the funnel has a home.' },
    { ruleId: 'channel-kpis', severity: 'error', path: ['channels', 3], at: [41, 5, 12],
      message: 'Channel "sms" has no KPI: add at least one under kpis.' },
    { ruleId: 'kpi-channel-fit', severity: 'warning', path: ['channels', 1, 'kpis', 0, 'metric'], at: [52, 17, 25],
      message: 'Channel "instagram" uses the KPI "retweets", which Instagram does not have; try "shares" or "saves".' },
  ]),
  result('clients/acme, inc: 50% off/strategy.yaml', [
    { ruleId: 'unused-suppression', severity: 'warning', path: [], at: [7, 1, 35], docs: false,
      message: 'This mcm-disable comment turns off "channel-owner", which reports nothing here: remove it.' },
    { ruleId: 'no-identical-content', severity: 'error', path: ['channels', 0, 'content', 'message'], at: [12, 16, 80],
      message: 'Channels "email" and "sms" share the message "Save 50% | today only: <b>R&D</b> costs $5, not $10\r\nBook now": write one for each.' },
  ]),
  result('/work/agency/examples/clean.yaml', []),
];

/** A file that is not YAML: the rules did not run. */
export const BROKEN: LintResult = result('broken.yaml', [
  { ruleId: 'yaml-syntax', severity: 'error', path: [], at: [3, 5, 6],
    message: 'A tab indents this line: YAML indents with spaces only.' },
]);

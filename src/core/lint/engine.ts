import { isLoadedStrategy, loadStrategy, type LoadedStrategy } from '../strategy/load.js';
import { toPointer, type Path, type SourceRange } from '../strategy/types.js';
import { rules as allRules } from '../rules/index.js';
import { resolveRules, type ActiveRule, type Config } from './config.js';
import { compareDiagnostics, countSeverities, milder, type Diagnostic, type LintResult, type Severity, type SeveritySetting } from './diagnostic.js';
import { interpolate, type MessageData, type Rule } from './define-rule.js';
import { isRecord } from '../strategy/describe.js';
import { applyDirectives, findDirectives } from './suppressions.js';
import { FixDocument, resolveFix, type FixSpec, type FixType } from './fix.js';
import { linePosition } from '../strategy/locate.js';

export interface LintOptions {
  /** The file name shown in diagnostics. */
  file?: string;
  config?: Config;
  /** Severity overrides, as `--rule ID=SEVERITY` gives them. */
  rules?: Record<string, SeveritySetting>;
  /** Rules already resolved from a configuration (saves resolving it again for every file). */
  activeRules?: Map<string, ActiveRule>;
  /** Today's date (YYYY-MM-DD), for rules about dates; without it, no rule judges whether a date is past. */
  today?: string;
}

const ruleById = new Map<string, Rule>(allRules.map((r) => [r.id, r]));

/** Lints one strategy. Never throws on any input; throws UserError for a bad configuration. */
export function lint(input: string | Uint8Array | LoadedStrategy, options: LintOptions = {}): LintResult {
  const file = options.file ?? 'strategy.yaml';
  const active = options.activeRules ?? resolveRules(allRules, options.config, options.rules);
  const severityOf = (id: string): SeveritySetting => active.get(id)?.severity ?? 'off';
  const { source, schemaProblems, strategy } = isLoadedStrategy(input) ? input : loadStrategy(input);
  const diagnostics: Diagnostic[] = [];
  const push = (ruleId: string, messageId: string, message: string, severity: Severity, path: Path, range: SourceRange) => {
    const diagnostic: Diagnostic = { ruleId, messageId, message, severity, file, path, pointer: toPointer(path), ...range, docsUrl: ruleById.get(ruleId)?.docsUrl };
    diagnostics.push(diagnostic);
    return diagnostic;
  };
  // Fixes are resolved to text offsets once every rule has run, and only when some rule reported one.
  let linePos: ReturnType<typeof linePosition> | undefined;
  const offsetRange = ([start, end]: [number, number]): SourceRange => {
    linePos ??= linePosition(source.text);
    const s = linePos(start);
    const e = linePos(Math.max(end, start + 1));
    return { line: s.line, column: s.col, endLine: e.line, endColumn: e.col };
  };
  const fixes: { diagnostic: Diagnostic; type: FixType; target?: 'key' | 'value'; fix?: FixSpec; suggest?: (FixSpec & { desc: string })[] }[] = [];

  for (const problem of source.problems) {
    push('yaml-syntax', problem.severity === 'error' ? 'invalid' : 'warning', problem.message, problem.severity, [], problem.range);
  }
  if (strategy !== undefined) {
    const schemaSeverity = severityOf('schema');
    if (schemaSeverity !== 'off') {
      for (const p of schemaProblems) {
        const diagnostic = push('schema', p.messageId, p.message, schemaSeverity, p.path, source.locate(p.path, p.target));
        if (p.rename) fixes.push({ diagnostic, type: 'problem', target: 'key', fix: { value: p.rename, desc: `Rename to "${p.rename}"` } });
        if (p.replace) fixes.push({ diagnostic, type: 'problem', target: 'value', fix: { value: p.replace, desc: `Change to "${p.replace}"` } });
      }
    }
    // A misspelt key counts as written: the schema already said so, and rules should not add "missing" to it.
    const misspelt = new Set(schemaProblems.filter((p) => p.suggestion).map((p) => toPointer([...p.path.slice(0, -1), p.suggestion!])));
    const provided = (path: Path) => has(source.value, path) || misspelt.has(toPointer(path));
    const rejectedAt = new Set(schemaProblems.filter((p) => p.messageId !== 'required' && p.messageId !== 'minItems').map((p) => toPointer(p.path)));
    const rejected = (path: Path) => rejectedAt.has(toPointer(path));
    for (const rule of allRules) {
      const setting = severityOf(rule.id);
      if (setting === 'off') continue;
      rule.check({
        strategy,
        options: active.get(rule.id)?.options ?? {},
        provided,
        rejected,
        raw: source.value,
        text: source.text,
        today: options.today,
        report: (r) => {
          const template = rule.messages[r.messageId] ?? r.messageId;
          const severity = r.severity ? milder(setting, r.severity) : setting;
          const range = r.at ? offsetRange(r.at) : source.locate(r.path, r.target);
          const diagnostic = push(rule.id, r.messageId, interpolate(template, r.data as MessageData), severity, r.path, range);
          if (r.fix || r.suggest) fixes.push({ diagnostic, type: rule.fixable ?? 'problem', ...(r.target ? { target: r.target } : {}), ...(r.fix ? { fix: r.fix } : {}), ...(r.suggest ? { suggest: r.suggest } : {}) });
        },
      });
    }
  }

  if (fixes.length) {
    const doc = new FixDocument(source.text);
    for (const { diagnostic, type, target, fix, suggest } of fixes) {
      const at = { path: diagnostic.path, ...(target ? { target } : {}) };
      const edit = fix && resolveFix(fix, at, doc);
      if (edit) diagnostic.fix = { ...edit, type, ...(fix.desc ? { desc: fix.desc } : {}) };
      const suggestions = (suggest ?? []).flatMap((s) => {
        const e = resolveFix(s, at, doc);
        return e ? [{ ...e, desc: s.desc }] : [];
      });
      if (suggestions.length) diagnostic.suggestions = suggestions;
    }
  }

  const { kept, unused } = applyDirectives(diagnostics, findDirectives(source.text));
  const unusedSeverity = severityOf('unused-suppression');
  if (unusedSeverity !== 'off') {
    for (const { directive, ruleId } of unused) {
      const known = ruleId === undefined || ruleById.has(ruleId);
      const message = !known
        ? `"${ruleId}" in this mcm-${directive.kind} comment is not a rule id (run "mcm rules" for the list).`
        : ruleId
          ? `This mcm-${directive.kind} comment turns off "${ruleId}", which reports nothing here: remove it.`
          : `This mcm-${directive.kind} comment turns off every rule, but none reports anything here: remove it.`;
      push('unused-suppression', known ? 'unused' : 'unknownRule', message, unusedSeverity, [], directive.range);
    }
  }
  // Diagnostics pushed after directives were applied (unused-suppression) are not themselves suppressible.
  const all = kept.concat(diagnostics.filter((d) => d.ruleId === 'unused-suppression'));
  all.sort(compareDiagnostics);
  return { ...countSeverities(file, all), ruleIds: allRules.filter((r) => severityOf(r.id) !== 'off').map((r) => r.id) };
}

function has(root: unknown, path: Path): boolean {
  let node = root;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') {
      if (key >= node.length) return false;
      node = node[key];
    } else if (isRecord(node) && Object.hasOwn(node, key)) {
      node = node[String(key)];
    } else {
      return false;
    }
  }
  // A key written with no value (`kpis:`) is there: the schema reports it as empty, rules need not add "missing".
  return node !== undefined;
}

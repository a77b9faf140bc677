import { isRecord } from '../strategy/describe.js';
import { isLoadedStrategy, loadStrategy, type LoadedStrategy } from '../strategy/load.js';
import { linePosition } from '../strategy/locate.js';
import { toPointer, type Path, type SourceRange } from '../strategy/types.js';
import { rules as builtinRules } from '../rules/index.js';
import type { ActiveRule, Config } from './config.js';
import type { Rule } from './define-rule.js';
import { compareDiagnostics, countSeverities, milder, type Diagnostic, type LintResult, type RuleInfo, type Severity, type SeveritySetting } from './diagnostic.js';
import { renderMessage, type MessageCatalogue, type MessageData } from './messages.js';
import { toRuleset, type RulesetInput } from './ruleset.js';
import { applyDirectives, findDirectives } from './suppressions.js';
import { FixDocument, resolveFix, type FixSpec, type FixType } from './fix.js';

export interface LintOptions {
  /** The file name shown in diagnostics. */
  file?: string;
  /**
   * The rules to run: a plain list (each at its recommended severity, or as `config` and `severities` set it),
   * or a resolved Ruleset. Without one, mcm's built-in rules.
   */
  ruleset?: RulesetInput;
  /** Applied to a ruleset given as a list (or to the built-in rules). */
  config?: Config;
  /** Severity overrides by rule id, as `--rule ID=SEVERITY` gives them; applied like `config`. */
  severities?: Record<string, SeveritySetting>;
  /** The messages of another language; English (the rules' own tables) where it has none. */
  messages?: MessageCatalogue;
  /** Today's date (YYYY-MM-DD), for rules about dates; without it, no rule judges whether a date is past. */
  today?: string;
  /** @deprecated Settings resolved for the built-in rules: pass `ruleset: createRuleset(rules, config)` instead. */
  activeRules?: ReadonlyMap<string, ActiveRule>;
}

// The rules the engine itself reports for: the loader's findings, the schema's, and unused mcm-disable comments.
const YAML_SYNTAX = 'yaml-syntax';
const SCHEMA = 'schema';
const UNUSED_SUPPRESSION = 'unused-suppression';

/**
 * Lints one strategy: text, bytes, or a strategy already read with `loadStrategy`. Never throws on any input;
 * throws UserError for a bad configuration, and Error when a rule reports a messageId its table lacks.
 */
export function lint(input: string | Uint8Array | LoadedStrategy, options: LintOptions = {}): LintResult {
  const file = options.file ?? 'strategy.yaml';
  // The built-in rules are only the default: the engine runs whatever ruleset it is given.
  const ruleset = !options.ruleset && options.activeRules
    ? { rules: builtinRules, settings: options.activeRules }
    : toRuleset(options.ruleset ?? builtinRules, options.config, options.severities);
  const ruleById = new Map<string, Rule>(ruleset.rules.map((r) => [r.id, r]));
  const severityOf = (id: string): SeveritySetting => (ruleById.has(id) ? ruleset.settings.get(id)?.severity ?? 'off' : 'off');
  const { source, schemaProblems, strategy } = isLoadedStrategy(input) ? input : loadStrategy(input);
  const diagnostics: Diagnostic[] = [];
  const push = (rule: Rule, messageId: string, data: MessageData | undefined, severity: Severity, path: Path, range: SourceRange) => {
    const message = renderMessage(rule, messageId, data, options.messages);
    const diagnostic: Diagnostic = { ruleId: rule.id, messageId, ...(data ? { data } : {}), message, severity, file, path, pointer: toPointer(path), ...range, docsUrl: rule.docsUrl };
    diagnostics.push(diagnostic);
    return diagnostic;
  };
  let linePos: ReturnType<typeof linePosition> | undefined;
  const offsetRange = ([start, end]: [number, number]): SourceRange => {
    linePos ??= linePosition(source.text);
    const s = linePos(start);
    const e = linePos(Math.max(end, start + 1));
    return { line: s.line, column: s.col, endLine: e.line, endColumn: e.col };
  };
  // Fixes are resolved to text offsets once every rule has run, and only when some rule reported one.
  const fixes: { diagnostic: Diagnostic; rule?: Rule; type: FixType; target?: 'key' | 'value'; fix?: FixSpec; suggest?: (FixSpec & { desc: NonNullable<FixSpec['desc']> })[] }[] = [];
  // A fix's description, from the rule's table when it names a phrase of it.
  const describe = (rule: Rule | undefined, desc: FixSpec['desc']): string | undefined => (desc === undefined || typeof desc === 'string' || !rule ? (desc as string | undefined) : renderMessage(rule, desc.messageId, desc.data, options.messages));

  const yamlSyntax = ruleById.get(YAML_SYNTAX);
  // A syntax problem keeps its own severity: a file that cannot be read is an error whatever the configuration says.
  if (yamlSyntax) for (const p of source.problems) push(yamlSyntax, p.messageId, p.data, p.severity, [], p.range);
  if (strategy !== undefined) {
    const schema = ruleById.get(SCHEMA);
    const schemaSeverity = severityOf(SCHEMA);
    if (schema && schemaSeverity !== 'off') {
      for (const p of schemaProblems) {
        const diagnostic = push(schema, p.messageId, p.data, schemaSeverity, p.path, source.locate(p.path, p.target));
        if (p.rename) fixes.push({ diagnostic, type: 'problem', target: 'key', fix: { value: p.rename, desc: renderMessage(schema, 'fixRename', { key: p.rename }, options.messages) } });
        if (p.replace) fixes.push({ diagnostic, type: 'problem', target: 'value', fix: { value: p.replace, desc: renderMessage(schema, 'fixReplace', { value: p.replace }, options.messages) } });
      }
    }
    // A misspelt key counts as written: the schema already said so, and rules should not add "missing" to it.
    const misspelt = new Set(schemaProblems.filter((p) => p.suggestion).map((p) => toPointer([...p.path.slice(0, -1), p.suggestion!])));
    const provided = (path: Path) => has(source.value, path) || (misspelt.size > 0 && misspelt.has(toPointer(path)));
    const rejectedAt = new Set(schemaProblems.filter((p) => p.keyword !== 'required' && p.keyword !== 'minItems').map((p) => toPointer(p.path)));
    const rejected = (path: Path) => rejectedAt.size > 0 && rejectedAt.has(toPointer(path));
    for (const rule of ruleset.rules) {
      const setting = severityOf(rule.id);
      if (setting === 'off') continue;
      rule.check({
        strategy,
        options: ruleset.settings.get(rule.id)?.options ?? {},
        provided,
        rejected,
        raw: source.value,
        text: source.text,
        locate: source.locate,
        today: options.today,
        report: (r) => {
          const severity = r.severity ? milder(setting, r.severity) : setting;
          const range = r.at ? offsetRange(r.at) : source.locate(r.path, r.target);
          const diagnostic = push(rule, r.messageId, r.data, severity, r.path, range);
          if (r.fix || r.suggest) fixes.push({ diagnostic, rule, type: rule.fixable ?? 'problem', ...(r.target ? { target: r.target } : {}), ...(r.fix ? { fix: r.fix } : {}), ...(r.suggest ? { suggest: r.suggest } : {}) });
        },
      });
    }
  }

  if (fixes.length) {
    const doc = new FixDocument(source.text);
    for (const { diagnostic, rule, type, target, fix, suggest } of fixes) {
      const at = { path: diagnostic.path, ...(target ? { target } : {}) };
      const edit = fix && resolveFix(fix, at, doc);
      const desc = fix && describe(rule, fix.desc);
      if (edit) diagnostic.fix = { ...edit, type, ...(desc ? { desc } : {}) };
      const suggestions = (suggest ?? []).flatMap((s) => {
        const e = resolveFix(s, at, doc);
        return e ? [{ ...e, desc: describe(rule, s.desc) ?? '' }] : [];
      });
      if (suggestions.length) diagnostic.suggestions = suggestions;
    }
  }

  // A directive is a "# mcm-…" comment: a text without "mcm-" is not split into lines to look for one.
  const { kept, unused } = applyDirectives(diagnostics, source.text.includes('mcm-') ? findDirectives(source.text) : []);
  const unusedRule = ruleById.get(UNUSED_SUPPRESSION);
  const unusedSeverity = severityOf(UNUSED_SUPPRESSION);
  if (unusedRule && unusedSeverity !== 'off') {
    for (const { directive, ruleId } of unused) {
      const comment = `mcm-${directive.kind}`;
      const [messageId, data] = ruleId === undefined
        ? ['unusedAll', { comment }]
        : ruleById.has(ruleId) ? ['unused', { comment, ruleId }] : ['unknownRule', { comment, ruleId }];
      push(unusedRule, messageId, data, unusedSeverity, [], directive.range);
    }
  }
  // Diagnostics pushed after directives were applied (unused-suppression) are not themselves suppressible.
  const all = kept.concat(diagnostics.filter((d) => d.ruleId === UNUSED_SUPPRESSION));
  all.sort(compareDiagnostics);
  const rules: RuleInfo[] = ruleset.rules.map((r) => ({
    id: r.id, description: r.description, ...(r.docsUrl ? { docsUrl: r.docsUrl } : {}), severity: r.severity, setting: severityOf(r.id),
  }));
  return { ...countSeverities(file, all), ruleIds: rules.filter((r) => r.setting !== 'off').map((r) => r.id), rules };
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

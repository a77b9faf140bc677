import type { SourceRange } from '../strategy/types.js';

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids; empty means every rule. */
  rules: string[];
  range: SourceRange;
  line: number;
}

const DIRECTIVE = /^(\s*)#\s*mcm-(disable-next-line|disable|enable)\b([^#]*)/;

/** Finds `# mcm-disable…` comments. Only whole-line comments count, as in the SPEC's examples. */
export function findDirectives(text: string): Directive[] {
  const directives: Directive[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((content, i) => {
    const match = DIRECTIVE.exec(content);
    if (!match) return;
    const [, indent = '', kind, list = ''] = match;
    // "# mcm-disable rule -- why" keeps the reason out of the rule list.
    const ids = (list.split('--')[0] ?? '').split(/[\s,]+/).filter(Boolean);
    directives.push({
      kind: kind as Directive['kind'],
      rules: ids,
      line: i + 1,
      range: { line: i + 1, column: indent.length + 1, endLine: i + 1, endColumn: content.trimEnd().length + 1 },
    });
  });
  return directives;
}

interface Located {
  ruleId: string;
  line: number;
}

export interface SuppressionOutcome<D extends Located> {
  kept: D[];
  /** Directives (and the rule ids in them) that suppressed nothing. */
  unused: { directive: Directive; ruleId: string | undefined }[];
}

/** Drops the diagnostics that a directive covers. Syntax errors cannot be suppressed. */
export function applyDirectives<D extends Located>(diagnostics: D[], directives: Directive[]): SuppressionOutcome<D> {
  const used = new Set<string>();
  const mark = (d: Directive, rule: string | undefined) => used.add(`${d.line}:${rule ?? '*'}`);
  const covers = (d: Directive, ruleId: string) => d.rules.length === 0 || d.rules.includes(ruleId);
  const ranges = directives.filter((d) => d.kind !== 'disable-next-line');
  const kept = diagnostics.filter((diag) => {
    if (diag.ruleId === 'yaml-syntax') return true;
    for (const d of directives) {
      if (d.kind === 'disable-next-line' && d.line + 1 === diag.line && covers(d, diag.ruleId)) {
        mark(d, d.rules.length ? diag.ruleId : undefined);
        return false;
      }
    }
    // The last disable or enable above the diagnostic decides, rule by rule.
    let disabledBy: Directive | undefined;
    for (const d of ranges) {
      if (d.line >= diag.line) break;
      if (!covers(d, diag.ruleId)) continue;
      disabledBy = d.kind === 'disable' ? d : undefined;
    }
    if (disabledBy) {
      mark(disabledBy, disabledBy.rules.length ? diag.ruleId : undefined);
      return false;
    }
    return true;
  });
  const unused: SuppressionOutcome<D>['unused'] = [];
  for (const d of directives) {
    if (d.kind === 'enable') continue;
    if (d.rules.length === 0) {
      if (!used.has(`${d.line}:*`)) unused.push({ directive: d, ruleId: undefined });
    } else {
      for (const rule of d.rules) if (!used.has(`${d.line}:${rule}`)) unused.push({ directive: d, ruleId: rule });
    }
  }
  return { kept, unused };
}

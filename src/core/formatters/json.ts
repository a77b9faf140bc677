import { totals, type Formatter } from './types.js';

/** The JSON contract of SPEC §2, validated by schemas/lint-output.schema.json. */
export const json: Formatter = (results) => {
  const files = results.map((r) => ({
    file: r.file,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    infoCount: r.infoCount,
    diagnostics: r.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      path: d.pointer,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      ...(d.docsUrl ? { docsUrl: d.docsUrl } : {}),
      ...(d.fix ? { fix: { range: d.fix.range, text: d.fix.text } } : {}),
      ...(d.suggestions ? { suggestions: d.suggestions.map((s) => ({ desc: s.desc, range: s.range, text: s.text })) } : {}),
    })),
    ...(r.output !== undefined ? { output: r.output } : {}),
  }));
  const { errors, warnings, infos } = totals(results);
  return JSON.stringify({ files, errorCount: errors, warningCount: warnings, infoCount: infos }, null, 2) + '\n';
};

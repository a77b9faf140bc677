import { relativePath } from './relative-path.js';
import { plural } from '../i18n/format.js';
import { totals, type Formatter } from './types.js';
import { escapeControls } from './escape.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * GitHub Actions workflow commands: the runner turns each line into an annotation on the pull request.
 * Escaping follows @actions/core: `%`, CR and LF everywhere, and also `:` and `,` inside properties.
 */
export const github: Formatter = (results, { cwd }) => {
  const lines: string[] = [];
  const { errors, warnings, infos } = totals(results);
  for (const result of results) {
    const file = relativePath(result.file, cwd);
    for (const d of result.diagnostics) {
      const properties: [string, string | number][] = [
        ['file', file], ['line', d.line], ['col', d.column], ['endLine', d.endLine], ['endColumn', d.endColumn], ['title', `mcm(${d.ruleId})`],
      ];
      const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
      lines.push(`::${COMMAND[d.severity]} ${list}::${escapeData(d.message)}`);
    }
  }
  const files = plural(results.length, 'file');
  const problems = errors + warnings + infos;
  lines.push(problems === 0
    ? `mcm: no problems in ${files}.`
    : `mcm: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')} in ${files}.`);
  return lines.join('\n') + '\n';
};

export function escapeData(text: string): string {
  // Line breaks are meaningful to the runner (%0A); any other control character is shown escaped.
  return escapeControls(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

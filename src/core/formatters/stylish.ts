import type { Formatter } from './types.js';
import { summaryText } from './summary.js';
import { paint, totals } from './types.js';
import { escapeControls } from './escape.js';
import { formatterText } from '../i18n/catalogue.js';

/** Grouped by file: `line:col  severity  message  rule-id`, then a summary line. */
export const stylish: Formatter = (results, { color, messages }) => {
  const c = paint(color);
  const tone = { error: c.red, warning: c.yellow, info: c.blue };
  const out: string[] = [];
  const { errors, warnings, infos } = totals(results);
  for (const result of results) {
    if (!result.diagnostics.length) continue;
    // A message quoting multi-line user text stays on its row.
    // Control characters in quoted user text are shown escaped: they must not recolour or rewrite the terminal.
    const rows = result.diagnostics.map((d) => [`${d.line}:${d.column}`, formatterText(messages, d.severity, d.severity), escapeControls(d.message.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\t/g, ' ')), d.ruleId] as const);
    const width = [0, 1].map((i) => Math.max(...rows.map((r) => (i === 0 ? r[0] : r[1]).length)));
    out.push(c.underline(escapeControls(result.file)));
    for (const [[position, severityText, message, ruleId], d] of rows.map((row, i) => [row, result.diagnostics[i]!] as const)) {
      out.push(`  ${c.dim(position.padEnd(width[0]!))}  ${tone[d.severity](severityText.padEnd(width[1]!))}  ${message}  ${c.dim(ruleId)}`);
    }
    out.push('');
  }
  const problems = errors + warnings + infos;
  const summary = summaryText({ errors, warnings, infos, files: results.length }, messages);
  if (problems === 0) return `${c.green('✔')} ${summary}\n`;
  out.push((errors ? c.red : warnings ? c.yellow : c.blue)(c.bold(`✖ ${summary}`)));
  return out.join('\n') + '\n';
};

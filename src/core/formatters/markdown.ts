import type { Diagnostic, LintResult } from '../lint/diagnostic.js';
import { relativePath } from './relative-path.js';
import { plural } from '../i18n/format.js';
import { totals, type Formatter } from './types.js';

/** markdownlint's default line length: the report stays clean under its default rules. */
const WIDTH = 80;
const LABEL = { error: '❌ **Error**', warning: '⚠️ **Warning**', info: 'ℹ️ **Info**' } as const;

/**
 * A summary for a pull-request comment or `$GITHUB_STEP_SUMMARY`: a table of counts per file, then the
 * problems of each file as a list, wrapped so that the Markdown source reads well too.
 */
export const markdown: Formatter = (results, { cwd, version }) => {
  const { errors, warnings, infos } = totals(results);
  const title = errors + warnings + infos === 0
    ? 'no problems'
    : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}`;
  const out = [`# mcm lint: ${title}`, '', `Checked ${plural(results.length, 'file')} with mcm ${escape(version)}.`];
  if (results.length) {
    out.push('', '| File | Errors | Warnings | Infos |', '| --- | ---: | ---: | ---: |');
    for (const r of results) out.push(`| ${escape(relativePath(r.file, cwd))} | ${r.errorCount} | ${r.warningCount} | ${r.infoCount} |`);
  }
  for (const r of results.filter((result) => result.diagnostics.length)) out.push('', ...section(r, cwd));
  return out.join('\n') + '\n';
};

function section(result: LintResult, cwd: string): string[] {
  return [`## ${escape(relativePath(result.file, cwd))}`, '', ...result.diagnostics.flatMap(item)];
}

function item(d: Diagnostic): string[] {
  const rule = d.docsUrl ? `[${escape(d.ruleId)}](${d.docsUrl})` : `(${escape(d.ruleId)})`;
  const words = [...LABEL[d.severity].split(' '), 'at', 'line', `${d.line},`, 'column', `${d.column}:`, ...escape(d.message).split(' '), rule];
  return wrap(words.filter(Boolean));
}

/** Fills lines up to WIDTH; a word that starts a continuation line is escaped so it cannot start a block. */
function wrap(words: string[]): string[] {
  const lines: string[] = [];
  let line = '-';
  for (const word of words) {
    if (line.length + 1 + word.length > WIDTH && line.trim() !== '-') {
      lines.push(line);
      line = `  ${blockSafe(word)}`;
    } else {
      line += ` ${word}`;
    }
  }
  lines.push(line);
  return lines;
}

function blockSafe(word: string): string {
  return word.replace(/^([-+=#])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Escapes what Markdown would read as structure or formatting; whitespace runs become one space. */
export function escape(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>|~&$]/g, '\\$&');
}

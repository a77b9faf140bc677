import type { Diagnostic, LintResult } from '../lint/diagnostic.js';
import { relativePath } from './relative-path.js';
import { plural } from '../i18n/format.js';
import { totals, type Formatter } from './types.js';
import { formatterText } from '../i18n/catalogue.js';
import type { MessageCatalogue } from '../lint/messages.js';

/** markdownlint's default line length: the report stays clean under its default rules. */
const WIDTH = 80;
const MARK = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const;
const LABEL = { error: ['labelError', 'Error'], warning: ['labelWarning', 'Warning'], info: ['labelInfo', 'Info'] } as const;

/**
 * A summary for a pull-request comment or `$GITHUB_STEP_SUMMARY`: a table of counts per file, then the
 * problems of each file as a list, wrapped so that the Markdown source reads well too.
 */
export const markdown: Formatter = (results, { cwd, version, messages }) => {
  const { errors, warnings, infos } = totals(results);
  const title = errors + warnings + infos === 0
    ? formatterText(messages, 'titleNone', 'mcm lint: no problems')
    : formatterText(messages, 'title', `mcm lint: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}`, { errors, warnings, infos });
  const checked = formatterText(messages, 'checked', `Checked ${plural(results.length, 'file')} with mcm ${escape(version)}.`, { files: results.length, version: escape(version) });
  const out = [`# ${title}`, '', checked];
  if (results.length) {
    const head = (['tableFile', 'tableErrors', 'tableWarnings', 'tableInfos'] as const).map((key, i) => formatterText(messages, key, ['File', 'Errors', 'Warnings', 'Infos'][i]!));
    out.push('', `| ${head.join(' | ')} |`, '| --- | ---: | ---: | ---: |');
    for (const r of results) out.push(`| ${escape(relativePath(r.file, cwd))} | ${r.errorCount} | ${r.warningCount} | ${r.infoCount} |`);
  }
  for (const r of results.filter((result) => result.diagnostics.length)) out.push('', ...section(r, cwd, messages));
  return out.join('\n') + '\n';
};

function section(result: LintResult, cwd: string, messages?: MessageCatalogue): string[] {
  return [`## ${escape(relativePath(result.file, cwd))}`, '', ...result.diagnostics.flatMap((d) => item(d, messages))];
}

function item(d: Diagnostic, messages?: MessageCatalogue): string[] {
  const rule = d.docsUrl ? `[${escape(d.ruleId)}](${d.docsUrl})` : `(${escape(d.ruleId)})`;
  const [key, english] = LABEL[d.severity];
  const label = `**${formatterText(messages, key, english)}**`;
  const at = formatterText(messages, 'at', `at line ${d.line}, column ${d.column}:`, { line: d.line, column: d.column });
  const words = [MARK[d.severity], label, ...at.split(' '), ...escape(d.message).split(' '), rule];
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

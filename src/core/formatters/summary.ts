// The stylish summary line, in English or in a catalogue's language.
import { plural } from '../i18n/format.js';
import { SUMMARY_KEYS } from '../i18n/catalogue.js';
import type { MessageCatalogue } from '../lint/messages.js';

export interface SummaryCounts {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
}

/** "5 problems (2 errors, 3 warnings, 0 infos) in 1 file", or "No problems found in 2 files." — without the mark. */
export function summaryText({ errors, warnings, infos, files }: SummaryCounts, messages?: MessageCatalogue): string {
  const problems = errors + warnings + infos;
  const key = problems === 0 ? SUMMARY_KEYS.none : SUMMARY_KEYS.problems;
  const template = messages?.lookup(key);
  if (template !== undefined && messages?.format) return messages.format(template, { problems, errors, warnings, infos, files }, messages.locale);
  if (problems === 0) return `No problems found in ${plural(files, 'file')}.`;
  return `${problems === 1 ? '1 problem' : `${problems} problems`} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}) in ${plural(files, 'file')}`;
}

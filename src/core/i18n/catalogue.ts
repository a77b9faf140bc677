// A locale's messages, in ICU MessageFormat, as the lint engine and the formatters use them.
import { showValue, type FilledValue, type MessageCatalogue } from '../lint/messages.js';

/** The shape of intl-messageformat's class: passed in, so that only a non-English run loads it. */
export interface MessageFormatClass {
  new (message: string, locales?: string | string[]): { format(values?: Record<string, unknown>): unknown };
}

/** Keys of the stylish summary line in every catalogue (not rules: the formatter's own words). */
export const SUMMARY_KEYS = { problems: 'stylish/summary', none: 'stylish/noProblems' } as const;

/**
 * The formatters' own words (stylish's severity column, the Markdown report's title, table and labels), with their
 * English in the `{{name}}` form of rule messages; in a catalogue, ICU MessageFormat.
 */
export const FORMATTER_KEYS = {
  error: ['severity/error', 'error'],
  warning: ['severity/warning', 'warning'],
  info: ['severity/info', 'info'],
  labelError: ['markdown/error', 'Error'],
  labelWarning: ['markdown/warning', 'Warning'],
  labelInfo: ['markdown/info', 'Info'],
  title: ['markdown/title', 'mcm lint: {{errors}} errors, {{warnings}} warnings, {{infos}} infos'],
  titleNone: ['markdown/titleNone', 'mcm lint: no problems'],
  checked: ['markdown/checked', 'Checked {{files}} files with mcm {{version}}.'],
  tableFile: ['markdown/tableFile', 'File'],
  tableErrors: ['markdown/tableErrors', 'Errors'],
  tableWarnings: ['markdown/tableWarnings', 'Warnings'],
  tableInfos: ['markdown/tableInfos', 'Infos'],
  at: ['markdown/at', 'at line {{line}}, column {{column}}:'],
} as const;

/** A formatter's word in the catalogue's language, or `english` (already filled) when there is none. */
export function formatterText(messages: MessageCatalogue | undefined, which: keyof typeof FORMATTER_KEYS, english: string, data: Record<string, FilledValue> = {}): string {
  const template = messages?.lookup(FORMATTER_KEYS[which][0]);
  return template !== undefined && messages?.format ? messages.format(template, data, messages.locale) : english;
}

/** Keys of SARIF's sentence on a rule's default severities, with their English (`{severity}`, `{recommended}`, `{strict}`). */
export const SARIF_KEYS = {
  same: ['sarif/severitySame', 'Default severity: {{severity}}, in the recommended and the strict presets.'],
  differ: ['sarif/severityDiffer', 'Default severity: {{recommended}} in the recommended preset, {{strict}} in the strict preset.'],
} as const;

/** A catalogue over `table` (ruleId/messageId → ICU template), filled by `MessageFormat`. */
export function createCatalogue(locale: string, table: Readonly<Record<string, string>>, MessageFormat: MessageFormatClass, terms: Readonly<Record<string, string>> = {}): MessageCatalogue {
  const compiled = new Map<string, InstanceType<MessageFormatClass>>();
  return {
    locale,
    lookup: (key) => (Object.hasOwn(table, key) ? table[key] : undefined),
    // The catalog's table is ICU text too: its words are literal, with quotes doubled.
    term: (key) => (Object.hasOwn(terms, key) ? terms[key]!.replace(/'([{}])'/g, '$1').replace(/''/g, "'") : undefined),
    format(template: string, data: Record<string, FilledValue>, at: string): string {
      let message = compiled.get(template);
      if (!message) {
        message = new MessageFormat(template, at);
        compiled.set(template, message);
      }
      const values: Record<string, string | number> = {};
      for (const [name, value] of Object.entries(data)) values[name] = typeof value === 'object' ? showValue(value, at) : value;
      return String(message.format(values));
    },
  };
}


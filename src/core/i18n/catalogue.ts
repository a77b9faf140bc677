// A locale's messages, in ICU MessageFormat, as the lint engine and the formatters use them.
import { showValue, type FilledValue, type MessageCatalogue } from '../lint/messages.js';

/** The shape of intl-messageformat's class: passed in, so that only a non-English run loads it. */
export interface MessageFormatClass {
  new (message: string, locales?: string | string[]): { format(values?: Record<string, unknown>): unknown };
}

/** Keys of the stylish summary line in every catalogue (not rules: the formatter's own words). */
export const SUMMARY_KEYS = { problems: 'stylish/summary', none: 'stylish/noProblems' } as const;

/** Keys of SARIF's sentence on a rule's default severities, with their English (`{severity}`, `{recommended}`, `{strict}`). */
export const SARIF_KEYS = {
  same: ['sarif/severitySame', 'Default severity: {{severity}}, in the recommended and the strict presets.'],
  differ: ['sarif/severityDiffer', 'Default severity: {{recommended}} in the recommended preset, {{strict}} in the strict preset.'],
} as const;

/** A catalogue over `table` (ruleId/messageId → ICU template), filled by `MessageFormat`. */
export function createCatalogue(locale: string, table: Readonly<Record<string, string>>, MessageFormat: MessageFormatClass): MessageCatalogue {
  const compiled = new Map<string, InstanceType<MessageFormatClass>>();
  return {
    locale,
    lookup: (key) => (Object.hasOwn(table, key) ? table[key] : undefined),
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


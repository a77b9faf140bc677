// Checks a language's table of a command's sentences against the English source table: the same keys, the
// same placeholders, valid ICU MessageFormat, and every plural with each category of the language.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

export const LANGUAGES = ['uk', 'pl', 'ru', 'ga'] as const;

const REQUIRED: Record<string, string[]> = {
  uk: ['one', 'few', 'many', 'other'],
  ru: ['one', 'few', 'many', 'other'],
  pl: ['one', 'few', 'many', 'other'],
  ga: ['one', 'two', 'few', 'many', 'other'],
};

export function argumentNames(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if ('value' in element && typeof element.value === 'string') into.add(element.value);
    if ('options' in element) for (const option of Object.values(element.options)) argumentNames(option.value, into);
  }
  return into;
}

export function plurals(elements: MessageFormatElement[], into: string[][] = []): string[][] {
  for (const element of elements) {
    if (element.type === TYPE.plural) into.push(Object.keys(element.options));
    if ('options' in element) for (const option of Object.values(element.options)) plurals(option.value, into);
  }
  return into;
}

/** Every way `table` falls short of `english` for `locale`, one line each; empty when it is complete. */
export function tableProblems(english: Readonly<Record<string, string>>, table: Readonly<Record<string, string>>, locale: string): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(english)) if (!Object.hasOwn(table, key)) problems.push(`missing: ${key}`);
  for (const key of Object.keys(table)) if (!Object.hasOwn(english, key)) problems.push(`not in English: ${key}`);
  for (const [key, message] of Object.entries(table)) {
    if (!Object.hasOwn(english, key)) continue;
    let elements: MessageFormatElement[];
    try {
      elements = parse(message);
    } catch (error) {
      problems.push(`not ICU: ${key}: ${(error as Error).message}`);
      continue;
    }
    const names = [...argumentNames(elements)].sort().join(',');
    const expected = [...argumentNames(parse(english[key]!))].sort().join(',');
    if (names !== expected) problems.push(`placeholders: ${key}: ${names} ≠ ${expected}`);
    for (const options of plurals(elements)) {
      if (!(REQUIRED[locale] ?? ['other']).every((c) => options.includes(c))) problems.push(`plural: ${key}: ${options.join(',')}`);
    }
  }
  return problems;
}

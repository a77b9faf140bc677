// Loads the message catalogue of the chosen language; English needs none (and loads no ICU library).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCatalogue } from '../core/i18n/catalogue.js';
import type { Locale } from '../core/i18n/locale.js';
import type { MessageCatalogue } from '../core/lint/messages.js';
import { createTranslator, type MessageTable, type Translator } from '../core/i18n/translate.js';
import { startsLine, startsLineInUtf8 } from '../core/text/lines.js';

/** The folder of the catalogues: `locales/` next to package.json, wherever the built code sits below it. */
function localesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'locales'))) return join(dir, 'locales');
    const parent = dirname(dir);
    if (parent === dir) throw new Error('The folder of message catalogues (locales/) is missing from this installation of mcm.');
    dir = parent;
  }
}

export async function loadCatalogue(locale: Locale): Promise<MessageCatalogue | undefined> {
  if (locale === 'en') return undefined;
  const { IntlMessageFormat } = await import('intl-messageformat');
  return catalogueWith(locale, IntlMessageFormat);
}

/** The lint catalogue of `locale`, read at once, for a caller that has the ICU library already (the language server). */
export function catalogueWith(locale: Locale, MessageFormat: Parameters<typeof createCatalogue>[2]): MessageCatalogue | undefined {
  if (locale === 'en') return undefined;
  const table = JSON.parse(readFileSync(join(localesDir(), `${locale}.json`), 'utf8')) as Record<string, string>;
  // Messages that name a catalog word (a metric) take it from the catalog's own table.
  return createCatalogue(locale, table, MessageFormat, loadTable('catalog', locale));
}

/**
 * The table of a command's own sentences in `locale` (`locales/<domain>.<locale>.json`), or none for English.
 * Domains: brief, report, track, init, cli.
 */
export function loadTable(domain: string, locale: Locale): MessageTable | undefined {
  if (locale === 'en') return undefined;
  return JSON.parse(readFileSync(join(localesDir(), `${domain}.${locale}.json`), 'utf8')) as MessageTable;
}

/** A translator of a command's sentences: `english` is the command's source table, `domain` names its files. */
export async function loadTranslator<K extends string>(english: Readonly<Record<K, string>>, domain: string, locale: Locale): Promise<Translator<K>> {
  const { IntlMessageFormat } = await import('intl-messageformat');
  return createTranslator(english, IntlMessageFormat, { locale, table: loadTable(domain, locale) });
}

/**
 * The `locale:` key at the top of a strategy's text, read without parsing the file: the first line that reads
 * /^locale:…$/m, found by looking for "locale:" (a search for ^ with the m flag tries every position of a large
 * file). Bytes are searched as they are, and only the line that holds the key is decoded: decoding never joins an
 * ASCII byte to the bytes around it, so "locale:", the line break before it and the line are what the text holds,
 * and a large file is not decoded a second time.
 */
export function strategyLocaleKey(input: string | Uint8Array): string | undefined {
  if (typeof input === 'string') return firstLocaleLine(input, startsLine, (from, to) => input.slice(from, to));
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  return firstLocaleLine(bytes, startsLineInUtf8, (from, to) => bytes.toString('utf8', from, to));
}

function firstLocaleLine<T extends string | Buffer>(source: T, startsAt: (source: T, at: number) => boolean, line: (from: number, to: number) => string): string | undefined {
  for (let at = source.indexOf('locale:'); at !== -1; at = source.indexOf('locale:', at + 1)) {
    if (!startsAt(source, at)) continue;
    const end = source.indexOf('\n', at);
    LOCALE_LINE.lastIndex = 0;
    const match = LOCALE_LINE.exec(line(at, end === -1 ? source.length : end));
    if (match) return match[1];
  }
  return undefined;
}

const LOCALE_LINE = /locale:[ \t]*["']?([A-Za-z_-]+)["']?[ \t]*(?:#.*)?$/my;

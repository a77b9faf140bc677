// Loads the message catalogue of the chosen language; English needs none (and loads no ICU library).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCatalogue } from '../core/i18n/catalogue.js';
import type { Locale } from '../core/i18n/locale.js';
import type { MessageCatalogue } from '../core/lint/messages.js';
import { createTranslator, type MessageTable, type Translator } from '../core/i18n/translate.js';
import { startsLine } from '../core/text/lines.js';

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
 * The `locale:` key at the top of a strategy's text, read without parsing the file. Bytes are searched as they
 * are, and only the line that holds the key is decoded: the same answer as for their text (Buffer's decoding),
 * without decoding a large file a second time.
 */
export function strategyLocaleKey(input: string | Uint8Array): string | undefined {
  if (typeof input !== 'string') return localeKeyInBytes(Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength));
  // The first line that reads /^locale:…$/m, found by looking for "locale:" (a search for ^ with the m flag tries
  // every position of a large file).
  for (let at = input.indexOf('locale:'); at !== -1; at = input.indexOf('locale:', at + 1)) {
    if (!startsLine(input, at)) continue;
    LOCALE_LINE.lastIndex = at;
    const match = LOCALE_LINE.exec(input);
    if (match) return match[1];
  }
  return undefined;
}

// Decoding never joins an ASCII byte to the bytes around it: "locale:" and the LF, CR, U+2028 or U+2029 before it
// are the same characters in the text as in the bytes, and a line's text is the decoding of its own bytes.
function localeKeyInBytes(bytes: Buffer): string | undefined {
  for (let at = bytes.indexOf('locale:'); at !== -1; at = bytes.indexOf('locale:', at + 1)) {
    if (!startsLineInBytes(bytes, at)) continue;
    const end = bytes.indexOf(0x0a, at);
    const line = bytes.toString('utf8', at, end === -1 ? bytes.length : end);
    LOCALE_LINE.lastIndex = 0;
    const match = LOCALE_LINE.exec(line);
    if (match) return match[1];
  }
  return undefined;
}

/** startsLine() for UTF-8 bytes: after LF, CR, U+2028 (E2 80 A8) or U+2029 (E2 80 A9). */
const startsLineInBytes = (bytes: Buffer, at: number): boolean => at === 0 || bytes[at - 1] === 0x0a || bytes[at - 1] === 0x0d
  || (at >= 3 && bytes[at - 3] === 0xe2 && bytes[at - 2] === 0x80 && (bytes[at - 1] === 0xa8 || bytes[at - 1] === 0xa9));

const LOCALE_LINE = /locale:[ \t]*["']?([A-Za-z_-]+)["']?[ \t]*(?:#.*)?$/my;

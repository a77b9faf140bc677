// Which language mcm speaks: chosen from the --locale flag, MCM_LOCALE, the strategy's own `locale:` key,
// the system's language (LC_ALL, LC_MESSAGES, LANG), then English. Pure: the caller passes what it read.
import { UserError } from '../errors.js';

/** The languages mcm speaks. */
export const LOCALES = ['en', 'uk', 'pl', 'ru', 'ga'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** "uk", "uk-UA", "uk_UA.UTF-8", "ru_RU@euro" → the language mcm speaks, if it is one of the five. */
export function localeOf(tag: string): Locale | undefined {
  const language = tag.trim().split(/[-_.@]/)[0]!.toLowerCase();
  return isLocale(language) ? language : undefined;
}

function refuse(value: string, where: string): never {
  const list = LOCALES.join(', ');
  throw new UserError(`${where} is "${value}", a language mcm does not speak: use one of ${list}.`, { messageId: 'locale.unknown', values: { where, value, list } });
}

/**
 * The system's language: the first of LC_ALL, LC_MESSAGES and LANG that is set decides, as POSIX has it.
 * "C" and "POSIX" are English; a language mcm does not speak is English too (never an error).
 */
export function systemLocale(env: Readonly<Record<string, string | undefined>>): Locale | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name]?.trim();
    if (!value) continue;
    if (/^(C|POSIX)([._@].*)?$/.test(value)) return 'en';
    return localeOf(value) ?? 'en';
  }
  return undefined;
}

export interface LocaleSources {
  /** The --locale flag as given. */
  flag?: string;
  /** The environment (MCM_LOCALE, LC_ALL, LC_MESSAGES, LANG). */
  env?: Readonly<Record<string, string | undefined>>;
  /** The strategy's own `locale:` key. */
  strategy?: unknown;
}

/** The locale to speak. A --locale or MCM_LOCALE mcm does not speak is a UserError listing the five. */
export function chooseLocale({ flag, env = {}, strategy }: LocaleSources): Locale {
  if (flag !== undefined) return localeOf(flag) ?? refuse(flag, '--locale');
  const fromEnv = env.MCM_LOCALE?.trim();
  if (fromEnv) return localeOf(fromEnv) ?? refuse(fromEnv, 'MCM_LOCALE');
  // The schema reports a strategy locale it does not know; here it is simply passed over.
  if (typeof strategy === 'string' && localeOf(strategy)) return localeOf(strategy)!;
  return systemLocale(env) ?? 'en';
}

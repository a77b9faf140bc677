// The sentences of errors about configuration files (.mcmrc.yaml, --config, extends, plugins, declarative rules) and how they are found, in English, keyed "config.…".
// src/cli/messages-cli.ts adds them to the CLI's table; locales/cli.<locale>.json holds their translations.
// English uses {name} placeholders only; a translation may use ICU plural and select.
import { tableError, type MessageRefValues, type UserError } from '../errors.js';

export const CONFIG_ERRORS = {
} as const satisfies Record<`config.${string}`, string>;

export type ConfigErrorKey = keyof typeof CONFIG_ERRORS;

/** A UserError with its English sentence from the table above. */
export function configError(messageId: ConfigErrorKey, values?: MessageRefValues): UserError {
  return tableError(CONFIG_ERRORS, messageId, values);
}

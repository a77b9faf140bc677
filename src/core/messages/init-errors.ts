// The sentences of errors about mcm init and its answers files, in English, keyed "init.…".
// src/cli/messages-cli.ts adds them to the CLI's table; locales/cli.<locale>.json holds their translations.
// English uses {name} placeholders only; a translation may use ICU plural and select.
import { tableError, type MessageRefValues, type UserError } from '../errors.js';

export const INIT_ERRORS = {
} as const satisfies Record<`init.${string}`, string>;

export type InitErrorKey = keyof typeof INIT_ERRORS;

/** A UserError with its English sentence from the table above. */
export function initError(messageId: InitErrorKey, values?: MessageRefValues): UserError {
  return tableError(INIT_ERRORS, messageId, values);
}

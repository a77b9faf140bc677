// The sentences of errors about mcm brief, the HTML report and mcm track (results files, templates), in English, keyed "brief.…".
// src/cli/messages-cli.ts adds them to the CLI's table; locales/cli.<locale>.json holds their translations.
// English uses {name} placeholders only; a translation may use ICU plural and select.
import { tableError, type MessageRefValues, type UserError } from '../errors.js';

export const BRIEF_ERRORS = {
} as const satisfies Record<`brief.${string}`, string>;

export type BriefErrorKey = keyof typeof BRIEF_ERRORS;

/** A UserError with its English sentence from the table above. */
export function briefError(messageId: BriefErrorKey, values?: MessageRefValues): UserError {
  return tableError(BRIEF_ERRORS, messageId, values);
}

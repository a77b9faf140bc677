import { UserError, type MessageRef } from '../../core/errors.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { TrackTranslator } from '../../core/results/messages.js';
import { readStrategyFile, WriteRefused } from '../files.js';
import { readResultsText } from '../results-files.js';
import { fsReasonRef } from '../fs-errors.js';

/**
 * Why a file or folder could not be written or read, as a message the CLI words in the user's language: a refusal's
 * own reason, a keyed error, or what the operating system said.
 */
export function reasonRef(error: unknown): MessageRef {
  if (error instanceof WriteRefused) return error.reasonRef;
  if (error instanceof UserError && error.messageId) return { messageId: error.messageId, ...(error.values ? { values: error.values } : {}) };
  if (error instanceof UserError) return { messageId: 'fs.other', values: { detail: error.message } };
  return fsReasonRef(error);
}

/**
 * A results file's text, as readResultsText reads it, with a file that cannot be read at all (missing, a folder,
 * no permission) worded in the run's language rather than in the reader's English.
 */
export async function readResults(path: string, shown: string, translator: TrackTranslator): Promise<{ text: string } | { problem: string }> {
  try {
    readStrategyFile(path, shown);
  } catch (error) {
    if (!(error instanceof UserError) || translator.locale === 'en') return { problem: error instanceof Error ? error.message.replace(/\.$/, '') : String(error) };
    const [{ loadTranslator }, { CLI_MESSAGES, errorText }] = await Promise.all([import('../messages.js'), import('../messages-cli.js')]);
    const t = await loadTranslator(CLI_MESSAGES, 'cli', translator.locale as Locale);
    return { problem: errorText(error, t).replace(/\.$/, '') };
  }
  return readResultsText(path, shown, translator);
}

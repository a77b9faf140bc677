import { UserError, type MessageRef } from '../../core/errors.js';
import { WriteRefused } from '../files.js';
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

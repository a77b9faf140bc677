// Kept apart from files.ts so that run.ts can word an error without loading the file readers.

import type { MessageRef } from '../core/errors.js';
import { englishOf } from './messages-cli.js';

const CODES: Record<string, string> = {
  ENOENT: 'fs.ENOENT', ENOTDIR: 'fs.ENOTDIR', EISDIR: 'fs.EISDIR', ELOOP: 'fs.ELOOP', EACCES: 'fs.EACCES', EPERM: 'fs.EACCES',
  ENAMETOOLONG: 'fs.ENAMETOOLONG', ENOSPC: 'fs.ENOSPC', EDQUOT: 'fs.EDQUOT', EROFS: 'fs.EROFS', EIO: 'fs.EIO', ENXIO: 'fs.ENXIO',
  EBUSY: 'fs.EBUSY', EMFILE: 'fs.EMFILE', ENFILE: 'fs.EMFILE', EEXIST: 'fs.EEXIST',
};

/** What went wrong with a path, as a message of the CLI's table (the system's own words for a rare code). */
export function fsReasonRef(error: unknown): MessageRef {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known = code !== undefined && Object.hasOwn(CODES, code) ? CODES[code] : undefined;
  if (known) return { messageId: known };
  return { messageId: 'fs.other', values: { detail: error instanceof Error ? error.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '') : String(error) } };
}

/** What went wrong with a path, in the words of someone who did not write the operating system. */
export function fsReason(error: unknown): string {
  return englishOf(fsReasonRef(error));
}

/** Whether an error came from the operating system (it has an errno code), rather than from mcm. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code!);
}

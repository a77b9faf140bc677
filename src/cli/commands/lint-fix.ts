import { chmodSync, lstatSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative } from 'node:path';
import { cliError, ref } from '../messages-cli.js';
import type { LintResult } from '../../core/lint/diagnostic.js';
import { applyFixes, type FixType } from '../../core/lint/fix.js';
import { writeFileAtomic } from '../files.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export interface FixedFile {
  result: LintResult;
  /** The text to write back, when a fix changed it. */
  output?: string;
}

/** Lints `input` and applies its fixes in passes; `lintText` lints one text as the command would. */
export function fixInput(input: Uint8Array, lintText: (text: string) => LintResult, types?: readonly FixType[]): FixedFile | undefined {
  let text: string;
  try {
    text = decoder.decode(input);
  } catch {
    return undefined; // Not UTF-8: lint reports it, and there is nothing a fix could safely edit.
  }
  // Offsets count from after a byte-order mark, as lint reads the text; the mark is written back as it was.
  const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  const body = bom ? text.slice(1) : text;
  const outcome = applyFixes(body, lintText, types ? { types } : {});
  if (outcome.output === body) return { result: outcome.result };
  const output = bom + outcome.output;
  return { result: { ...outcome.result, output }, output };
}

/**
 * Writes a fixed strategy back over the file the user named: only a regular file, or a symbolic link to one in
 * the same folder (the link stays, its target gets the text); atomically, keeping the file's permissions.
 */
export function writeFixed(path: string, shown: string, text: string): void {
  const link = lstatSync(path, { throwIfNoEntry: false });
  if (!link) throw cliError('fix.gone', { file: shown });
  let target = path;
  if (link.isSymbolicLink()) {
    const real = realpathSync(path);
    const inside = relative(realpathSync(dirname(path)), real);
    if (inside.startsWith('..') || isAbsolute(inside)) {
      throw cliError('fix.linkOutside', { file: shown });
    }
    target = real;
  }
  const stat = statSync(target);
  if (!stat.isFile()) throw cliError('fix.notRegular', { file: shown });
  try {
    writeFileAtomic(target, text);
    chmodSync(target, stat.mode & 0o7777);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw cliError('fix.cannot', { file: shown, reason: code === 'EACCES' || code === 'EPERM' ? ref('fs.EACCES') : ref('fs.other', { detail: (error as Error).message }) });
  }
}

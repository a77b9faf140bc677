import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from '../core/errors.js';
import { MAX_BYTES } from '../core/strategy/parse.js';

/** Writes through a temporary file in the same folder and renames it, so a reader never sees half a file. */
export function writeFileAtomic(path: string, content: string, options: { createDir?: boolean } = {}): void {
  if (options.createDir) mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, content, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * A strategy file's bytes, at most one byte more than the loader accepts: a huge file is refused without
 * being read whole. Pipes and devices report no size, so it reads in chunks until the end or the limit.
 */
export function readStrategyFile(path: string, shown: string): Buffer {
  try {
    const fd = openSync(path, 'r');
    try {
      const chunks: Buffer[] = [];
      let total = 0;
      for (;;) {
        const chunk = Buffer.allocUnsafe(Math.min(1 << 20, MAX_BYTES + 1 - total));
        const n = readSync(fd, chunk, 0, chunk.length, null);
        if (n === 0) break;
        chunks.push(chunk.subarray(0, n));
        total += n;
        if (total > MAX_BYTES) break;
      }
      return Buffer.concat(chunks, total);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`Cannot find "${shown}"${shown === 'strategy.yaml' ? ': run "mcm init" to draft one, or name the strategy file' : ''}.`);
    throw new UserError(`Cannot read "${shown}": ${code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}.`);
  }
}

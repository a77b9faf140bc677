import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
      // A regular file is read into one buffer of its size (plus one byte, to notice that it grew past the
      // limit); a pipe or a device, whose size says nothing, in chunks that grow as it turns out long.
      const stat = fstatSync(fd);
      let buffer = Buffer.allocUnsafe(Math.min(stat.isFile() ? stat.size + 1 : 1 << 16, MAX_BYTES + 1));
      let total = 0;
      for (;;) {
        if (total === buffer.length) {
          if (total > MAX_BYTES) break;
          const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, MAX_BYTES + 1));
          buffer.copy(larger, 0, 0, total);
          buffer = larger;
        }
        const n = readSync(fd, buffer, total, buffer.length - total, null);
        if (n === 0) break;
        total += n;
      }
      return buffer.subarray(0, total);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`Cannot find "${shown}"${shown === 'strategy.yaml' ? ': run "mcm init" to draft one, or name the strategy file' : ''}.`);
    throw new UserError(`Cannot read "${shown}": ${code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}.`);
  }
}

import {
  chmodSync, closeSync, constants, fstatSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, readSync, realpathSync, renameSync, rmSync,
  statSync, writeSync, type Stats,
} from 'node:fs';
import { createReadStream } from 'node:fs';
import { dirname, isAbsolute, join, basename, relative } from 'node:path';
import { UserError } from '../core/errors.js';
import { MAX_BYTES } from '../core/strategy/parse.js';
import { fsReasonRef } from './fs-errors.js';
import { cliError, englishOf, ref } from './messages-cli.js';
import type { MessageRef } from '../core/errors.js';

export { fsReason, isSystemError } from './fs-errors.js';

/** A write mcm will not make; `reason` completes "Cannot write X: …" (`reasonRef` is the same, by key). */
export class WriteRefused extends UserError {
  readonly reason: string;
  constructor(readonly shown: string, readonly reasonRef: MessageRef) {
    super(englishOf(ref('write.refused', { file: shown, reason: reasonRef })), ref('write.refused', { file: shown, reason: reasonRef }));
    this.reason = englishOf(reasonRef);
  }
}

export interface WriteOptions {
  createDir?: boolean;
  /** The real path of the target must lie inside this folder (a link inside --out must not lead out of it). */
  within?: string;
  /** A symbolic link is followed only to a regular file inside one of these folders (real paths), or inside its own folder. */
  linksWithin?: string[];
  /** The name the user gave, for messages. */
  shown?: string;
}

function inside(base: string, path: string): boolean {
  const rel = relative(base, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * Writes `content` to `path` without ever replacing anything but a regular file:
 * - a regular file (or a link to one) is replaced through a temporary file and a rename, so a reader never
 *   sees half a file, and keeps its permissions;
 * - a character device (/dev/null, a terminal) is written through, as a shell's `>` would;
 * - a pipe (FIFO) is written through when something reads it, and refused when nothing does;
 * - a folder, a socket, a block device, a dangling link or a link to anything else is refused.
 */
export function writeFileSafe(path: string, content: string, options: WriteOptions = {}): void {
  const shown = options.shown ?? path;
  if (options.createDir) mkdirSync(dirname(path), { recursive: true });
  let target = path;
  let stat: Stats | undefined = lstatSync(path, { throwIfNoEntry: false });
  if (stat?.isSymbolicLink()) {
    target = realpathSync(path); // ENOENT for a dangling link, ELOOP for a circle: the caller says so
    stat = statSync(target);
    if (!stat.isFile()) throw new WriteRefused(shown, ref('write.linkToOther', { kind: kind(stat) }));
    const scopes = [realpathSync(dirname(path)), ...(options.linksWithin ?? [])];
    if (!scopes.some((scope) => inside(scope, target))) {
      throw new WriteRefused(shown, ref('write.linkOutside', { target }));
    }
  }
  if (options.within) {
    const real = stat ? target : join(realpathSync(dirname(target)), basename(target));
    if (!inside(options.within, real)) throw new WriteRefused(shown, ref('write.leadsOutside'));
  }
  if (!stat || stat.isFile()) {
    replaceRegular(target, content, stat);
    return;
  }
  if (stat.isCharacterDevice()) {
    writeThrough(target, content, constants.O_WRONLY | constants.O_NOCTTY);
    return;
  }
  if (stat.isFIFO()) {
    // Opening a pipe for writing waits for a reader: O_NONBLOCK fails at once (ENXIO) when there is none.
    try {
      writeThrough(target, content, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENXIO') throw new WriteRefused(shown, ref('write.fifoUnread'));
      throw error;
    }
    return;
  }
  throw new WriteRefused(shown, stat.isDirectory() ? ref('write.folder') : ref('write.notRegular', { kind: kind(stat) }));
}

/** The name writeFileSafe had before it knew devices and pipes. */
export const writeFileAtomic = writeFileSafe;

/**
 * A strategy file's bytes, at most one byte more than the loader accepts (the loader then says the file is too
 * large). Synchronous, for regular files; readInput reads every kind of file.
 */
export function readStrategyFile(path: string, shown: string): Buffer {
  try {
    return readRegular(path, MAX_BYTES);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw shown === 'strategy.yaml' ? cliError('read.notFoundStrategy', { file: shown }) : cliError('read.notFound', { named: ref('named.file', { file: shown }) });
    throw cliError('read.cannot', { named: ref('named.file', { file: shown }), reason: fsReasonRef(error) });
  }
}

/**
 * Creates `path` with `content`, failing with EEXIST when anything exists there already: of two runs on one
 * path, only one can succeed. The content goes into a hidden temporary file first, flushed to disk, and is then
 * hard-linked to `path`, which appears whole or not at all, even when the process is killed midway.
 */
export function writeFileExclusive(path: string, content: string, options: { createDir?: boolean } = {}): void {
  if (options.createDir) mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomHex()}.tmp`);
  try {
    writeTemp(temp, content);
    try {
      linkSync(temp, path); // never follows a link at `path`, and fails if the name is taken
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A file system without hard links: create the name exclusively and write into it directly.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
      writeCreated(path, content);
    }
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Writes `content` into a new file at `temp` (which must not exist) and flushes it to disk. */
function writeTemp(temp: string, content: string): void {
  const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
  try {
    writeAll(fd, Buffer.from(content));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function writeCreated(path: string, content: string): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o666);
  try {
    writeAll(fd, Buffer.from(content));
    fsyncSync(fd);
    closeSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(path, { force: true }); // only the file this call created
    throw error;
  }
}

function replaceRegular(path: string, content: string, existing: Stats | undefined): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomHex()}.tmp`);
  try {
    writeTemp(temp, content);
    if (existing) chmodSync(temp, existing.mode & 0o7777);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function writeThrough(path: string, content: string, flags: number): void {
  const fd = openSync(path, flags);
  try {
    const stat = fstatSync(fd);
    // Between the look and the open, the name may have become something else.
    if (!stat.isCharacterDevice() && !stat.isFIFO()) throw cliError('write.changed', { file: path });
    writeAll(fd, Buffer.from(content));
  } finally {
    closeSync(fd);
  }
}

function writeAll(fd: number, bytes: Buffer): void {
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(fd, bytes, written, bytes.length - written);
    } catch (error) {
      // A full pipe whose reader is slow: wait a moment and go on.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

function kind(stat: Stats): MessageRef {
  if (stat.isDirectory()) return ref('kind.folder');
  if (stat.isFIFO()) return ref('kind.fifo');
  if (stat.isSocket()) return ref('kind.socket');
  if (stat.isBlockDevice()) return ref('kind.block');
  if (stat.isCharacterDevice()) return ref('kind.device');
  return ref('kind.other');
}

/** The same file under another name (./x.yaml, d//x.yaml, a link): the device and inode it lives at. */
export function fileIdentity(path: string): string | undefined {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat ? `${stat.dev}:${stat.ino}` : undefined;
}

export interface ReadOptions {
  /** The name the user gave, for messages. */
  shown: string;
  /** What the file is, for messages: "the configuration file", "the answers file"… */
  what?: string;
  /** The most bytes read; beyond, a strategy gets its "too large" diagnostic and anything else is refused. */
  limit?: number;
  /** `refuse` (the default) fails beyond the limit; `truncate` returns limit + 1 bytes for the caller to judge. */
  overLimit?: 'refuse' | 'truncate';
  /** How long a pipe or a device may stay silent before mcm gives up on it. */
  timeoutMs?: number;
  /** The message when the file does not exist (a UserError is thrown as it is, so it keeps its key). */
  missing?: string | UserError;
}

export const READ_TIMEOUT_MS = 30_000;

/**
 * A file's bytes, read the way its kind needs: a regular file at once, a pipe, a FIFO, process substitution
 * (`<(…)`) or a device as a stream. Every read stops one byte past the limit, so /dev/zero cannot eat memory,
 * and a pipe that stays silent past the timeout is given up on with a message rather than waited on forever.
 */
export async function readInput(path: string, options: ReadOptions): Promise<Buffer> {
  const limit = options.limit ?? MAX_BYTES;
  const what = options.what ?? '';
  const named = namedRef(what, options.shown);
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      if (options.missing instanceof UserError) throw options.missing;
      throw options.missing !== undefined ? new UserError(options.missing) : cliError('read.notFound', { named });
    }
    throw cliError('read.cannot', { named, reason: fsReasonRef(error) });
  }
  if (stat.isDirectory()) throw cliError(what ? 'read.folder' : 'read.folderStrategy', { named });
  let bytes: Buffer;
  try {
    bytes = stat.isFile() ? readRegular(path, limit) : await readStream(path, stat, limit, options.timeoutMs ?? READ_TIMEOUT_MS, named);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw cliError('read.cannot', { named, reason: fsReasonRef(error) });
  }
  if (bytes.length > limit && options.overLimit !== 'truncate') {
    throw cliError('read.tooLarge', { named: { ...named, capitalize: true }, size: String(limit / 1024 / 1024) });
  }
  return bytes;
}

/** "the configuration file "x"", "the answers file "x"" or just ""x"", by key when mcm knows the phrase. */
function namedRef(what: string, shown: string): MessageRef {
  if (what === 'the configuration file') return ref('named.config', { file: shown });
  if (what === 'the answers file') return ref('named.answers', { file: shown });
  if (!what) return ref('named.file', { file: shown });
  return { messageId: 'named.other', values: { what, file: shown } };
}

function readRegular(path: string, limit: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    // One buffer of the file's size and a byte more (which shows that it grew): a buffer of a mebibyte for each of
    // thousands of small files costs more than reading them, most of all with worker threads.
    return readChunks(fd, limit, fstatSync(fd).size + 1);
  } finally {
    closeSync(fd);
  }
}

function readChunks(fd: number, limit: number, first: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (let size = first; ; size = 1 << 16) {
    const chunk = Buffer.allocUnsafe(Math.min(size, limit + 1 - total));
    let filled = 0;
    while (filled < chunk.length) {
      const n = readSync(fd, chunk, filled, chunk.length - filled, null);
      if (n === 0) break;
      filled += n;
    }
    chunks.push(chunk.subarray(0, filled));
    total += filled;
    // Short of the buffer: the end of the file. Past the limit: too large, whatever follows.
    if (filled < chunk.length || total > limit) break;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

function readStream(path: string, stat: Stats, limit: number, timeoutMs: number, named: MessageRef): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    let stream: NodeJS.ReadableStream & { destroy(): void };
    if (stat.isFIFO() || stat.isSocket()) {
      // Opened without waiting for a writer; the event loop then waits for data, and the timeout for silence.
      const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
      // node:net loads only for a FIFO or a socket: reading a strategy file does not need it.
      const { Socket } = process.getBuiltinModule('node:net') as typeof import('node:net');
      stream = new Socket({ fd, readable: true, writable: false });
    } else {
      stream = createReadStream(path, { highWaterMark: 1 << 16 });
    }
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stream.removeAllListeners('data');
      stream.destroy();
      if (error) reject(error);
      else resolvePromise(Buffer.concat(chunks, total));
    };
    const silent = () => finish(cliError('read.silent', { named, seconds: Math.round(timeoutMs / 1000) }));
    let timer = setTimeout(silent, timeoutMs);
    stream.on('data', (chunk: Buffer) => {
      clearTimeout(timer);
      timer = setTimeout(silent, timeoutMs);
      const room = limit + 1 - total;
      chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
      total += Math.min(chunk.length, room);
      if (total > limit) finish();
    });
    stream.on('end', () => finish());
    stream.on('error', (error: Error) => finish(error));
  });
}

/** Twelve random hex digits for a temporary file's name (node:crypto loads only when something is written). */
function randomHex(): string {
  const { randomBytes } = process.getBuiltinModule('node:crypto') as typeof import('node:crypto');
  return randomBytes(6).toString('hex');
}

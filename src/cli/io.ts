import { fstatSync, writeSync } from 'node:fs';
import type { MessageRef } from '../core/errors.js';
import { cliError, englishOf, ref, type CliErrorKey } from './messages-cli.js';

/** Everything the CLI touches outside itself, so that tests can run it in-process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input, at most `limit` + 1 bytes of it (the caller judges what is too large). */
  readStdin(limit?: number): Promise<Buffer>;
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  /** Colour on standard error is decided by standard error itself; unset means the same as standard output. */
  stderrIsTTY?: boolean;
  /** How long a pipe that mcm reads may stay silent (MCM_READ_TIMEOUT, in seconds; 30 by default). */
  readTimeoutMs?: number;
}

// The strategy size limit (MAX_BYTES in core/strategy/parse.ts), not imported: that module loads the YAML reader.
const DEFAULT_LIMIT = 10 * 1024 * 1024;

/** The process's streams. A closed pipe or a full disk on standard output ends mcm with a message, not a trace. */
export function processIo(): Io {
  let cwd: string;
  try {
    cwd = process.cwd();
  } catch {
    throw cliError('cwd.gone');
  }
  const out = new Output(1);
  const err = new Output(2);
  const timeout = Number(process.env.MCM_READ_TIMEOUT);
  return {
    stdout: (text) => out.write(text),
    stderr: (text) => err.write(text),
    readStdin: async (limit = DEFAULT_LIMIT) => {
      const chunks: Buffer[] = [];
      let total = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        total += (chunk as Buffer).length;
        if (total > limit) break;
      }
      const bytes = Buffer.concat(chunks, total);
      return bytes.length > limit + 1 ? bytes.subarray(0, limit + 1) : bytes;
    },
    cwd,
    env: process.env,
    stdoutIsTTY: out.isTTY,
    // Asked only by the commands that need it: process.stdin, a stream built on first use, costs milliseconds.
    get stdinIsTTY() {
      return Boolean(process.stdin.isTTY);
    },
    stderrIsTTY: err.isTTY,
    ...(Number.isFinite(timeout) && timeout > 0 ? { readTimeoutMs: timeout * 1000 } : {}),
  };
}

/**
 * Standard output or error. A pipe or a file is written with writeSync, as Node's own stream for it would
 * (synchronously, in order), without building that stream: it loads Node's stream and network modules,
 * milliseconds of every run. A character device (a terminal, /dev/null, /dev/full) gets Node's stream, which
 * knows terminals; so does the rest of the output once a write would block (a pipe left non-blocking).
 */
class Output {
  private direct: boolean;

  constructor(private readonly fd: 1 | 2) {
    try {
      this.direct = !fstatSync(fd).isCharacterDevice();
    } catch {
      this.direct = false; // closed: Node's stream says what happens
    }
  }

  get isTTY(): boolean {
    return !this.direct && Boolean(this.stream().isTTY);
  }

  write(text: string): void {
    if (!this.direct) {
      this.stream().write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let at = 0;
    while (at < bytes.length) {
      try {
        at += writeSync(this.fd, bytes, at, bytes.length - at);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EINTR') continue;
        this.direct = false;
        if (code === 'EAGAIN') this.stream().write(bytes.subarray(at));
        else outputFailed(this.fd, error as NodeJS.ErrnoException);
        return;
      }
    }
  }

  private stream(): NodeJS.WriteStream {
    return watched(this.fd);
  }
}

/** Standard output as a stream, for what needs one (the language server), watched like the rest. */
export function outputStream(): NodeJS.WriteStream {
  return watched(1);
}

const watching = new Set<1 | 2>();
let outputWording: (message: MessageRef) => string = englishOf;

/** How the CLI words "the output stopped" once it knows the language. */
export function wordOutputErrors(word: (message: MessageRef) => string): void {
  outputWording = word;
}

/** Errors on a standard stream arrive as events, after the write: without a listener Node prints a stack trace. */
function watched(fd: 1 | 2): NodeJS.WriteStream {
  const stream = fd === 1 ? process.stdout : process.stderr;
  if (!watching.has(fd)) {
    watching.add(fd);
    stream.on('error', (error: NodeJS.ErrnoException) => outputFailed(fd, error));
  }
  return stream;
}

function outputFailed(fd: 1 | 2, error: NodeJS.ErrnoException): never {
  if (fd === 1) {
    const code = `output.${error.code ?? ''}`;
    const why = ['output.EPIPE', 'output.ENOSPC', 'output.EDQUOT', 'output.EIO'].includes(code) ? ref(code as CliErrorKey) : ref('fs.other', { detail: error.message });
    try {
      watched(2).write(`mcm: ${outputWording(ref('output.stopped', { reason: why }))}\n`);
    } catch {
      // Nowhere left to say it.
    }
  }
  process.exit(2);
}

/**
 * Colour only on a terminal; NO_COLOR turns it off, FORCE_COLOR turns it on (or off with 0). Each stream
 * decides for itself: a report piped to a file stays plain while messages on the terminal are coloured.
 */
export function useColor(io: Io, flag?: boolean, stream: 'stdout' | 'stderr' = 'stdout'): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  const tty = stream === 'stderr' ? io.stderrIsTTY ?? io.stdoutIsTTY : io.stdoutIsTTY;
  return tty && io.env.TERM !== 'dumb';
}

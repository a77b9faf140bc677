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
  watchOutput();
  const timeout = Number(process.env.MCM_READ_TIMEOUT);
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
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
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    // Asked only by the commands that need it: process.stdin, a stream built on first use, costs milliseconds.
    get stdinIsTTY() {
      return Boolean(process.stdin.isTTY);
    },
    stderrIsTTY: Boolean(process.stderr.isTTY),
    ...(Number.isFinite(timeout) && timeout > 0 ? { readTimeoutMs: timeout * 1000 } : {}),
  };
}

let watching = false;
let outputWording: (message: MessageRef) => string = englishOf;

/** How the CLI words "the output stopped" once it knows the language. */
export function wordOutputErrors(word: (message: MessageRef) => string): void {
  outputWording = word;
}

/** Errors on standard output arrive as events, after the write: without a listener Node prints a stack trace. */
function watchOutput(): void {
  if (watching) return;
  watching = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    const code = `output.${error.code ?? ''}`;
    const why = ['output.EPIPE', 'output.ENOSPC', 'output.EDQUOT', 'output.EIO'].includes(code) ? ref(code as CliErrorKey) : ref('fs.other', { detail: error.message });
    try {
      process.stderr.write(`mcm: ${outputWording(ref('output.stopped', { reason: why }))}\n`);
    } catch {
      // Nowhere left to say it.
    }
    process.exit(2);
  });
  process.stderr.on('error', () => process.exit(2));
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

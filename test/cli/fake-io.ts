import type { Io } from '../../src/cli/io.js';

/** An in-memory Io: what the command printed, and what it reads on standard input. */
export function fakeIo(cwd: string, stdin = '', env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readStdin: async () => Buffer.from(stdin),
    cwd,
    env,
    stdoutIsTTY: false,
    stdinIsTTY: false,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

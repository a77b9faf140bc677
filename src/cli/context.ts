import { readFileSync } from 'node:fs';
import type { Io } from './io.js';

export interface CommandContext {
  io: Io;
  /** Set by a command's action: the process exit code. */
  exitCode: number;
}

export const version: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

import { spawn, type IPty } from 'node-pty';

// mcm in a real pseudo-terminal, driven keystroke by keystroke. Each step waits for its prompt to be on
// screen before typing, so the tests hold on a slow machine without any fixed sleep.

const bin = new URL('../../bin/mcm.js', import.meta.url).pathname;
export const KEY = { enter: '\r', space: ' ', down: '\u001b[B', up: '\u001b[A', backspace: '\u007f', ctrlC: '\u0003' };
const WAIT = 20_000;
// Without FORCE_COLOR: Node warns when it is set next to NO_COLOR.
const { FORCE_COLOR: _force, ...plainEnv } = process.env;

// Cursor moves, colours and erasing: the text a person reads is what is left.
export const strip = (text: string) => text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/\u001b[()][A-Z0-9]/g, '').replace(/\r\n/g, '\n');

export class Session {
  private readonly pty: IPty;
  private output = '';
  private seen = 0;
  /** How many prompts were answered. */
  prompts = 0;
  readonly exit: Promise<number>;

  constructor(args: string[], cwd: string, env: Record<string, string> = {}) {
    this.pty = spawn(process.execPath, [bin, ...args], { name: 'xterm', cols: 250, rows: 80, cwd, env: { ...plainEnv, NO_COLOR: '1', LANG: 'en_GB.UTF-8', ...env } });
    this.pty.onData((data) => {
      this.output += data;
    });
    this.exit = new Promise((resolve) => this.pty.onExit(({ exitCode }) => resolve(exitCode)));
  }

  /** Waits until `text` shows after what the previous step saw. */
  async waitFor(text: string): Promise<void> {
    const start = Date.now();
    for (;;) {
      const screen = strip(this.output);
      const at = screen.indexOf(text, this.seen);
      if (at !== -1) {
        this.seen = at + text.length;
        return;
      }
      if (Date.now() - start > WAIT) throw new Error(`"${text}" did not show within ${WAIT / 1000} s. The terminal showed:\n${screen.slice(this.seen)}`);
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
  }

  /** Waits for the prompt, then types. */
  async answer(prompt: string, ...keys: string[]): Promise<void> {
    await this.waitFor(`? ${prompt}`);
    this.prompts++;
    this.type(...keys);
  }

  /** Types each key, one keystroke at a time. */
  type(...keys: string[]): void {
    for (const key of keys) for (const stroke of key.startsWith('\u001b') ? [key] : [...key]) this.pty.write(stroke);
  }

  text(): string {
    return strip(this.output);
  }

  kill(): void {
    this.pty.kill();
  }
}

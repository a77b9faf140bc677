import { createHash } from 'node:crypto';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Draft } from '../../core/init/asker.js';
import { writeFileAtomic } from '../files.js';

// The answers of an unfinished `mcm init`, kept per user (never next to or in place of the file to
// write): $XDG_STATE_HOME/mcm/drafts, else ~/.local/state/mcm/drafts, one file per target, named
// after the target's absolute path.

export interface StoredDraft {
  target: string;
  savedAt: string;
  answers: Record<string, unknown>;
}

export function draftFile(target: string, env: Record<string, string | undefined>): string {
  const state = env.XDG_STATE_HOME && env.XDG_STATE_HOME.startsWith('/') ? env.XDG_STATE_HOME : join(env.HOME || homedir(), '.local', 'state');
  return join(state, 'mcm', 'drafts', `${createHash('sha256').update(target).digest('hex').slice(0, 32)}.json`);
}

/** The draft kept for `target`, or undefined when there is none (or it cannot be read). */
export function loadDraft(target: string, env: Record<string, string | undefined>): StoredDraft | undefined {
  const file = draftFile(target, env);
  try {
    if (!statSync(file).isFile()) return undefined;
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<StoredDraft>;
    if (data.target !== target || typeof data.answers !== 'object' || data.answers === null || Array.isArray(data.answers)) return undefined;
    return { target, savedAt: String(data.savedAt ?? ''), answers: data.answers };
  } catch {
    return undefined;
  }
}

/** A draft for `target` that saves itself after every answer. A draft that cannot be saved does not stop the wizard. */
export function fileDraft(target: string, env: Record<string, string | undefined>, answers: Record<string, unknown> = {}): Draft & { file: string } {
  const file = draftFile(target, env);
  return {
    file,
    answers,
    save() {
      try {
        writeFileAtomic(file, `${JSON.stringify({ target, savedAt: new Date().toISOString(), answers } satisfies StoredDraft, null, 2)}\n`, { createDir: true });
      } catch {
        // The wizard goes on; only a resume after Ctrl-C would miss these answers.
      }
    },
  };
}

export function removeDraft(target: string, env: Record<string, string | undefined>): void {
  rmSync(draftFile(target, env), { force: true });
}

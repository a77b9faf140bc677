import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * A maker of project folders for one test file: each call makes a temporary folder with a `.git` folder (the
 * root where mcm stops looking for a configuration) and `files` (name → text, subfolders made as needed), and
 * returns its path. Every folder it made is removed after the file's tests.
 */
export function projectFolders(prefix: string): (files: Record<string, string>) => string {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  return (files) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    mkdirSync(join(dir, '.git'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  };
}

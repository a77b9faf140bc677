import { relative, resolve, sep } from 'node:path';

/** The file as CI tools expect it: relative to the working folder, with forward slashes on every system. */
export function relativePath(file: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, file)) || file;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

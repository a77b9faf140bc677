import { dirname, isAbsolute, join, relative, sep } from 'node:path';

/** The package name on npm; the command it installs is still `mcm`. */
export const PACKAGE_NAME = 'mcm-strategy';

/** The schema file `mcm schema --write` (and `mcm init`, when mcm is not installed in the project) puts next to a strategy. */
export const LOCAL_SCHEMA = 'strategy.schema.json';

/**
 * What the modeline of a file written at `target` points at. When mcm is installed in the project that
 * holds the file (its schema sits under that project's node_modules), a relative path into the package: it
 * works offline and matches the installed version's format. Otherwise (a global install, npx, a checkout of
 * mcm) no such path stays valid, so `fallback`: the schema file written next to the strategy.
 */
export function schemaReference(target: string, schemaFile: string, fallback: string, exists: (path: string) => boolean): string {
  const marker = `${sep}node_modules${sep}`;
  const at = schemaFile.indexOf(marker);
  if (at === -1) return fallback;
  const project = schemaFile.slice(0, at);
  // The package's own link (node_modules/<name>), not the real folder, which pnpm names after the version.
  const linked = join(project, 'node_modules', PACKAGE_NAME, 'schemas', 'strategy.schema.json');
  const inside = relative(project, target);
  if (inside.startsWith('..') || isAbsolute(inside) || !exists(linked)) return fallback;
  return relative(dirname(target), linked).split(sep).join('/');
}

import { dirname, isAbsolute, join, relative, sep } from 'node:path';

/**
 * What the modeline of a file written at `target` points at. When mcm is installed in the project that
 * holds the file (its schema sits under that project's node_modules), a relative path: it works offline
 * and matches the installed version's format. Otherwise (a global install, npx, a checkout of mcm) no
 * path stays valid, so the schema's `$id` URL.
 */
export function schemaReference(target: string, schemaFile: string, schemaId: string, exists: (path: string) => boolean): string {
  const marker = `${sep}node_modules${sep}`;
  const at = schemaFile.indexOf(marker);
  if (at === -1) return schemaId;
  const project = schemaFile.slice(0, at);
  // The package's own link (node_modules/mcm), not the real folder, which pnpm names after the version.
  const linked = join(project, 'node_modules', 'mcm', 'schemas', 'strategy.schema.json');
  const inside = relative(project, target);
  if (inside.startsWith('..') || isAbsolute(inside) || !exists(linked)) return schemaId;
  return relative(dirname(target), linked).split(sep).join('/');
}

import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { LOCAL_SCHEMA } from '../../core/init/schema-ref.js';
import { UserError } from '../../core/errors.js';
import { fsReason, writeFileSafe, WriteRefused } from '../files.js';
import type { Io } from '../io.js';

/** Writes strategy.schema.json into `dir`, replacing an older copy. */
export function writeSchema(dir: string, io: Io): number {
  const folder = resolve(io.cwd, dir);
  const stat = statSync(folder, { throwIfNoEntry: false });
  if (!stat) throw new UserError(`Cannot find the folder "${dir}": create it first, or name an existing folder.`);
  if (!stat.isDirectory()) throw new UserError(`"${dir}" is not a folder: --write takes the folder to put ${LOCAL_SCHEMA} in.`);
  const target = join(folder, LOCAL_SCHEMA);
  const shown = relative(io.cwd, target) || target;
  try {
    writeFileSafe(target, readFileSync(new URL('../../../schemas/strategy.schema.json', import.meta.url), 'utf8'), { shown });
  } catch (error) {
    if (error instanceof WriteRefused) throw new UserError(`Cannot write ${shown}: ${error.reason}.`);
    throw new UserError(`Cannot write ${shown}: ${fsReason(error)}.`);
  }
  io.stdout(`Wrote ${shown}. A strategy in that folder whose first line is\n  # yaml-language-server: $schema=./${LOCAL_SCHEMA}\nis checked by editors against it, offline.\n`);
  return 0;
}

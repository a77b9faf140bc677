import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { LOCAL_SCHEMA } from '../../core/init/schema-ref.js';
import type { MessageRef } from '../../core/errors.js';
import { cliError, englishOf, ref } from '../messages-cli.js';
import { fsReasonRef } from '../fs-errors.js';
import { writeFileSafe, WriteRefused } from '../files.js';
import type { Io } from '../io.js';

/** Writes strategy.schema.json into `dir`, replacing an older copy. */
export function writeSchema(dir: string, io: Io, word: (message: MessageRef) => string = englishOf): number {
  const folder = resolve(io.cwd, dir);
  const stat = statSync(folder, { throwIfNoEntry: false });
  if (!stat) throw cliError('schema.noFolder', { folder: dir });
  if (!stat.isDirectory()) throw cliError('schema.notFolder', { folder: dir, file: LOCAL_SCHEMA });
  const target = join(folder, LOCAL_SCHEMA);
  const shown = relative(io.cwd, target) || target;
  try {
    writeFileSafe(target, readFileSync(new URL('../../../schemas/strategy.schema.json', import.meta.url), 'utf8'), { shown });
  } catch (error) {
    if (error instanceof WriteRefused) throw cliError('schema.cannotWrite', { file: shown, reason: error.reasonRef });
    throw cliError('schema.cannotWrite', { file: shown, reason: fsReasonRef(error) });
  }
  io.stdout(`${word(ref('schema.wrote', { file: shown, schema: LOCAL_SCHEMA }))}\n`);
  return 0;
}

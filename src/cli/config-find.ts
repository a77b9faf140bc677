import { existsSync, readFileSync } from 'node:fs';
import { nearestConfigFile, parseConfig, type Config } from '../core/lint/config.js';
import { configError } from '../core/messages/config-errors.js';

// The file system side of configurations: the core parses and checks them, the CLI finds and reads them.

/**
 * The nearest configuration file from `dir` upward, if any. The search stops at the root of the repository
 * (a folder holding `.git`): a configuration above it, in a home folder say, belongs to another project.
 */
export function findConfigFile(dir: string, exists: (path: string) => boolean = existsSync): string | undefined {
  return nearestConfigFile(dir, exists);
}

/** Reads and checks one YAML configuration file. */
export function readConfigFile(file: string): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw configError('config.cannotRead', { file, detail: String((error as Error)?.message ?? error) });
  }
  return parseConfig(text, file);
}

import { statSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { findConfigFile, readConfigFile, resolveRules, rules, type ActiveRule } from '../index.js';

export interface Resolved {
  activeRules: Map<string, ActiveRule>;
  /** The configuration file in force, if any. */
  file?: string;
  /** Why the configuration could not be read: shown in the editor, and the recommended rules run meanwhile. */
  problem?: string;
  /** The error itself, for a caller that words it in the user's language. */
  error?: unknown;
}

/**
 * The rules for a strategy file, resolved as `mcm lint` resolves them: the nearest .mcmrc.yaml upward from the
 * file's folder. A configuration file is read again only when it changes.
 */
export class ConfigResolver {
  private readonly cache = new Map<string, { mtime: number; size: number; resolved: Resolved }>();
  private defaults: Resolved | undefined;

  constructor(private readonly cwd: string, private readonly explicit?: string) {}

  forFile(path: string | undefined): Resolved {
    const file = this.explicit ?? (path ? findConfigFile(dirname(path)) : findConfigFile(this.cwd));
    if (!file) return (this.defaults ??= { activeRules: resolveRules(rules) });
    const stat = statSync(file, { throwIfNoEntry: false });
    const cached = this.cache.get(file);
    if (cached && stat && cached.mtime === stat.mtimeMs && cached.size === stat.size) return cached.resolved;
    const shown = relative(this.cwd, file) || file;
    let resolved: Resolved;
    try {
      resolved = { activeRules: resolveRules(rules, readConfigFile(file), {}, shown), file };
    } catch (error) {
      resolved = { activeRules: resolveRules(rules), file, problem: (error as Error).message, error };
    }
    this.cache.set(file, { mtime: stat?.mtimeMs ?? 0, size: stat?.size ?? 0, resolved });
    return resolved;
  }
}

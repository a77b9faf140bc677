import { resolveRules, type ActiveRule, type Config } from './config.js';
import type { Rule } from './define-rule.js';
import type { SeveritySetting } from './diagnostic.js';

/**
 * The rules of one lint run with their resolved settings, as a configuration gives them. The engine runs
 * exactly these: it cannot tell a plugin's rule from a built-in one.
 */
export interface Ruleset {
  /** Every rule, in the order they run and are listed (rules that are off included). */
  rules: readonly Rule[];
  /** Each rule's severity and options once the preset, the configuration and overrides are applied. */
  settings: ReadonlyMap<string, ActiveRule>;
}

/** A plain list of rules (each at its `recommended` severity, or as `config` sets it), or a resolved ruleset. */
export type RulesetInput = readonly Rule[] | Ruleset;

export function isRuleset(input: RulesetInput): input is Ruleset {
  return !Array.isArray(input);
}

/**
 * Resolves rules against a configuration and `--rule` style severity overrides. Throws UserError for an
 * unknown rule id, a bad severity or bad options, naming `source`.
 */
export function createRuleset(rules: readonly Rule[], config: Config = {}, severities: Record<string, SeveritySetting> = {}, source?: string): Ruleset {
  return { rules, settings: resolveRules(rules, config, severities, source) };
}

/** The ruleset a lint runs: a resolved one as given, a list resolved against the configuration. */
export function toRuleset(input: RulesetInput, config?: Config, severities?: Record<string, SeveritySetting>): Ruleset {
  return isRuleset(input) ? input : createRuleset(input, config, severities);
}

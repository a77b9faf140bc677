import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export type { Formatter, FormatterOptions } from './types.js';

/** Formatters by `--format` name. */
export const formatters: Record<string, Formatter> = { stylish, json, sarif, github, junit, markdown };

import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { FormatName } from './load.js';
import type { Formatter } from './types.js';

export type { Formatter, FormatterOptions } from './types.js';

export { FORMAT_NAMES, formatterLoaders, type FormatName } from './load.js';

/** Every formatter by `--format` name, loaded at once; the CLI loads the one it needs through `formatterLoaders`. */
export const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, github, junit, markdown };

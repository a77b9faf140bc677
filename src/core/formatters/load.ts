import type { Formatter } from './types.js';

/** Each formatter by `--format` name, loaded only when asked for: `mcm lint` loads one, not six. */
export const formatterLoaders = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
  markdown: async () => (await import('./markdown.js')).markdown,
} satisfies Record<string, () => Promise<Formatter>>;

/** The names `--format` accepts. */
export type FormatName = keyof typeof formatterLoaders;

export const FORMAT_NAMES = Object.keys(formatterLoaders) as FormatName[];

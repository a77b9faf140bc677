import type { Answers } from '../answers.js';
import { b2bSaas } from './b2b-saas.js';
import { ecommerce } from './ecommerce.js';
import { localService } from './local-service.js';

// The words of a preset a person reads (names, goal, messages, objectives), keyed by where they sit, so that
// each language's table can give them in its own words; ids, types, metrics and numbers stay as they are.

const TEXT_FIELDS = new Set(['name', 'statement', 'usp', 'core_message', 'voice', 'description', 'motivations', 'pain_points', 'owner', 'message', 'headline', 'cta', 'objective']);

/** The presets whose words each language's table translates. */
export const TRANSLATED_PRESETS = { 'local-service': localService, ecommerce, 'b2b-saas': b2bSaas } as const;

/** Every text of `answers` a person reads, by its path ("personas.0.name"). */
export function presetTexts(answers: unknown, path: string[] = [], into: Record<string, string> = {}): Record<string, string> {
  if (Array.isArray(answers)) answers.forEach((item, i) => presetTexts(item, [...path, String(i)], into));
  else if (answers && typeof answers === 'object') {
    for (const [key, value] of Object.entries(answers)) {
      if (typeof value === 'string' && TEXT_FIELDS.has(key)) into[[...path, key].join('.')] = value;
      else if (Array.isArray(value) && TEXT_FIELDS.has(key)) value.forEach((item, i) => typeof item === 'string' && (into[[...path, key, String(i)].join('.')] = item));
      else presetTexts(value, [...path, key], into);
    }
  }
  return into;
}

/** The texts of the translated presets, keyed "preset.<name>.<path>". */
export const PRESET_TEXTS: Record<string, string> = Object.fromEntries(
  Object.entries(TRANSLATED_PRESETS).flatMap(([name, make]) => Object.entries(presetTexts(make('2000-01-01'))).map(([path, text]) => [`preset.${name}.${path}`, text])),
);

/** `answers` with each text replaced by `translate(key)`, the tone of each channel following its voice word. */
export function translatePreset(name: string, answers: Answers, translate: (key: `preset.${string}`, fallback: string) => string): Answers {
  const copy = JSON.parse(JSON.stringify(answers)) as Answers;
  const voice = [...copy.brand.voice];
  const walk = (node: unknown, path: string[]) => {
    if (Array.isArray(node)) node.forEach((item, i) => (typeof item === 'string' && TEXT_FIELDS.has(path.at(-1)!) ? (node[i] = translate(`preset.${name}.${[...path, i].join('.')}`, item)) : walk(item, [...path, String(i)])));
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const [key, value] of Object.entries(record)) {
        if (typeof value === 'string' && TEXT_FIELDS.has(key)) record[key] = translate(`preset.${name}.${[...path, key].join('.')}`, value);
        else walk(value, [...path, key]);
      }
    }
  };
  walk(copy, []);
  for (const channel of copy.channels) {
    const at = channel.content.tone === undefined ? -1 : voice.indexOf(channel.content.tone);
    if (at !== -1) channel.content.tone = copy.brand.voice[at];
  }
  return copy;
}

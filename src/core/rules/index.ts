import type { Rule } from '../lint/define-rule.js';
import channelKpis from './channel-kpis.js';
import goalMeasurable from './goal-measurable.js';
import knownReferences from './known-references.js';
import multipleChannels from './multiple-channels.js';
import noIdenticalContent from './no-identical-content.js';
import schema from './schema.js';
import uniqueIds from './unique-ids.js';
import unusedSuppression from './unused-suppression.js';
import yamlSyntax from './yaml-syntax.js';

/** Every rule, in the order `mcm rules` lists them. */
export const rules: readonly Rule[] = [
  yamlSyntax,
  schema,
  uniqueIds,
  knownReferences,
  multipleChannels,
  goalMeasurable,
  channelKpis,
  noIdenticalContent,
  unusedSuppression,
];

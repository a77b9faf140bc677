import { strategySchema as schema } from '../schema.js';
import type { ChannelTypeId, FormatId } from './types.js';

// The vocabularies users write, read from the schema so that there is one list of each.
export const CHANNEL_TYPES = schema.$defs.channel.properties.type.enum as ChannelTypeId[];
export const FORMAT_IDS = schema.$defs.channel.properties.content.properties.format.enum as FormatId[];

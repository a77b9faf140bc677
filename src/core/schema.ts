import { strategySchemaData } from './lint/strategy-validator.js';

/** The subset of the schema's shape that code reads directly. */
interface StrategySchema {
  $id: string;
  $defs: {
    channel: { properties: { type: { enum: string[] }; content: { properties: { format: { enum: string[] } } } } };
  };
}

/** Where the schema file is, for the commands that copy it (the core itself never reads files). */
export const schemaPath = new URL('../../schemas/strategy.schema.json', import.meta.url);
/** schemas/strategy.schema.json, compiled into the validator by `npm run gen:validator`. */
export const strategySchema: StrategySchema = strategySchemaData as unknown as StrategySchema;

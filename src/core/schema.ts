import { readFileSync } from 'node:fs';

/** The subset of the schema's shape that code reads directly. */
interface StrategySchema {
  $id: string;
  $defs: {
    channel: { properties: { type: { enum: string[] }; content: { properties: { format: { enum: string[] } } } } };
  };
}

// JSON modules print an experimental warning on Node 20, so the schema is read as a file.
export const schemaPath = new URL('../../schemas/strategy.schema.json', import.meta.url);
export const strategySchema: StrategySchema = JSON.parse(readFileSync(schemaPath, 'utf8')) as StrategySchema;

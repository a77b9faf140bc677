import { Chalk, type ChalkInstance } from 'chalk';

/** chalk with colour on or off, as `useColor` decided. Kept apart from io.ts so `mcm lint` never loads it. */
export function chalkFor(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}

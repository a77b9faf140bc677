import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    globalSetup: ['test/global-setup.ts'],
    // Vitest keeps a core for itself, which on two cores leaves one file at a time; most files wait on the
    // processes they spawn, and two at a time finish the run in about two thirds of the time.
    maxWorkers: Math.max(availableParallelism() - 1, 2),
  },
});

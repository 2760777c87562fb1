import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    // one event-loop turn after each test, so files of spawnSync tests do not time out vitest's own calls
    setupFiles: ['test/setup-yield.ts'],
    // the end-to-end tests run the built CLI as a process: `npm test` builds first
  },
});

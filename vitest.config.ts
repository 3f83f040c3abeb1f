import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Load tests share two cores with their servers: run files one or two at a time.
    maxWorkers: 2,
    fileParallelism: true,
  },
});

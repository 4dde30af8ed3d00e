import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The embedded store is a native module; separate processes keep one test file's crash from taking the others.
    pool: 'forks',
  },
});

import { defineConfig } from 'vitest/config';

// Unit tests of the web app: pure logic only, next to the source, in Node (no DOM).
// The browser journeys in e2e/ run as their own project (see the root vitest configuration).
export default defineConfig({
  test: {
    name: 'web',
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});

// Test files are test/**/*.test.ts, except the goldens: test/fixtures/golden/*/expected holds
// generated projects whose own test files (ts-fastify's test/generated/*.test.ts) are
// expected output, run by the end-to-end tests inside the generated project, not here.
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    exclude: [...configDefaults.exclude, '**/fixtures/golden/*/expected/**'],
  },
});
// (The pattern is matched below `--dir test`, hence `**/fixtures/…`, not `test/fixtures/…`.)

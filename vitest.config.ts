import { defineConfig } from 'vitest/config'

/** Integration suites about the SQLite file itself (its bytes, its size cap, its migrations). */
const SQLITE_ONLY = [
  'damaged-map',
  'disk-full',
  'document-log',
  'schema-migration',
  'persistence',
  'sqlite-second-writer',
]

// Three projects so the test command can run them in order: fast pure tests first, then the real
// server on loopback, then the built app in headless Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          setupFiles: ['test/support/remove-temp-dirs.ts'],
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'node',
          // Property tests run hundreds of cases; on a busy two-core machine 5 s is too tight.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration',
          setupFiles: ['test/support/remove-temp-dirs.ts'],
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Integration suites start servers and child processes: one file at a time keeps the
          // two-core machine from timing out under load.
          fileParallelism: false,
        },
      },
      {
        test: {
          // The same integration suites against PostgreSQL (one throwaway server for the run, a
          // database per test store). Left out: suites about the SQLite file itself, and the
          // scale-out suites, which start PostgreSQL and Redis of their own.
          name: 'integration-pg',
          setupFiles: ['test/support/remove-temp-dirs.ts'],
          include: ['test/integration/**/*.test.ts'],
          exclude: SQLITE_ONLY.map((name) => `test/integration/${name}.test.ts`).concat(
            'test/integration/scale-*.test.ts',
          ),
          globalSetup: ['test/support/pg-global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          setupFiles: ['test/support/remove-temp-dirs.ts'],
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // What a poll waits for crosses the browser, the server and SQLite; on a loaded two-core
          // machine a duplicated map took over the default 1 s to show in the list.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
})

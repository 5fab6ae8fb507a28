// vitest globalSetup of the `integration-pg` project: one throwaway PostgreSQL server for the
// whole run; test/support/backend.ts gives each test store a database on it.

import { startPostgres, type PostgresServer } from './services'

let server: PostgresServer | null = null

export default async function setup() {
  server = await startPostgres({ label: 'suite' })
  process.env.TRAILMAP_TEST_PG_URL = server.urlFor('postgres')
  return async () => {
    await server?.stop()
    server = null
  }
}

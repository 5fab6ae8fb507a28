// Which storage the integration suite runs against. The `integration` project uses SQLite files;
// the `integration-pg` project (same suites) starts one throwaway PostgreSQL server for the run
// (pg-global-setup.ts) and gives each test store — each temp `dbPath` — a database of its own,
// so two servers started on the same path share it exactly as they would share the SQLite file.
// A server started on a SQLite file the test wrote itself stays on SQLite.

import { createHash } from 'node:crypto'
import fs from 'node:fs'
import pg from 'pg'
import Database from 'better-sqlite3'

/** The admin URL of the run's PostgreSQL server, set by pg-global-setup.ts. */
const adminUrl = process.env.TRAILMAP_TEST_PG_URL ?? ''

export const testBackend: 'sqlite' | 'postgres' = adminUrl ? 'postgres' : 'sqlite'

let admin: pg.Pool | null = null
const pools = new Map<string, pg.Pool>()

function databaseName(dbPath: string): string {
  return `t_${createHash('sha256').update(dbPath).digest('hex').slice(0, 20)}`
}

/** The database standing for the SQLite file `dbPath` (created on first use); null on SQLite. */
export async function databaseUrlFor(dbPath: string): Promise<string | null> {
  if (testBackend === 'sqlite') return null
  // A test that wrote a SQLite file itself (an old schema, a damaged row) is about that file.
  if (fs.existsSync(dbPath)) return null
  const name = databaseName(dbPath)
  admin ??= new pg.Pool({ connectionString: adminUrl, max: 2 })
  try {
    await admin.query(`CREATE DATABASE ${name}`)
  } catch (error) {
    // 42P04: created already (a second server on the same store).
    if ((error as { code?: string }).code !== '42P04') throw error
  }
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/**
 * Rows of a query on the store behind `dbPath`, whichever backend holds it. Write the query with
 * `?` placeholders; both backends have the same tables.
 */
export async function storedRows<T>(
  dbPath: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  if (testBackend === 'sqlite') {
    const db = new Database(dbPath, { readonly: true })
    try {
      return db.prepare(sql).all(...params) as T[]
    } finally {
      db.close()
    }
  }
  const url = (await databaseUrlFor(dbPath))!
  let pool = pools.get(url)
  if (!pool) pools.set(url, (pool = new pg.Pool({ connectionString: url, max: 1 })))
  let n = 0
  const { rows } = await pool.query(
    sql.replace(/\?/g, () => `$${++n}`),
    params,
  )
  return rows as T[]
}

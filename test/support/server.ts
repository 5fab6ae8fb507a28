// Starting the real server for tests: in this process (fast, inspectable) or as a child process
// (for SIGTERM and kill -9), always on an ephemeral loopback port with a temp SQLite file.

import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { startServer, type TrailmapServer } from '../../server/app'
import { DEFAULTS, type ServerConfig } from '../../server/config'
import { createLogger } from '../../server/log'
import type { KindRegistry } from '../../src/domain/kinds/registry'
import type { Fanout } from '../../server/sync/hooks'
import { databaseUrlFor } from './backend'
import { tempDir } from './temp-dirs'

/** A SQLite file's path in a scratch directory of its own (removed when the test file is done). */
export function tempDbPath(label = 'test'): string {
  return path.join(tempDir(`trailmap-${label}-`), 'trailmap.db')
}

export interface TestServer extends TrailmapServer {
  logs: Record<string, unknown>[]
  wsUrl: string
  dbPath: string
}

export async function startTestServer(
  overrides: Partial<ServerConfig> = {},
  extras: { fanout?: Fanout; registry?: KindRegistry; summaryDelayMs?: number } = {},
): Promise<TestServer> {
  const logs: Record<string, unknown>[] = []
  const config: ServerConfig = {
    ...DEFAULTS,
    host: '127.0.0.1',
    port: 0,
    dbPath: tempDbPath(),
    staticDir: path.resolve('dist'),
    // Suites create many maps from one address; the creation quota has tests of its own.
    createsPerMinute: 100_000,
    ...overrides,
  }
  // The integration-pg project runs the same suites on PostgreSQL (test/support/backend.ts).
  if (overrides.databaseUrl === undefined) config.databaseUrl = await databaseUrlFor(config.dbPath)
  const log = createLogger('debug', (line) => {
    const entry = JSON.parse(line) as Record<string, unknown>
    logs.push(entry)
    // An unexpected failure inside the server (a 500's cause) shows in the test output, so a
    // failure seen once in CI can be understood from its log.
    if (entry['msg'] === 'request failed') console.error('server:', line)
  })
  const server = await startServer(config, log, extras)
  return Object.assign(server, { logs, wsUrl: toWsUrl(server.url), dbPath: config.dbPath })
}

export const toWsUrl = (httpUrl: string) => `${httpUrl.replace(/^http/, 'ws')}sync`

export interface ServerProcess {
  child: ChildProcess
  url: string
  wsUrl: string
  stdout: string[]
  /** Resolves with the exit code (or signal name) once the process is gone. */
  exited: Promise<number | string>
}

/** Runs `server/main.ts` exactly as `npm start` does, minus the build. */
export async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const databaseUrl =
    env.TRAILMAP_DB && !env.TRAILMAP_DATABASE_URL ? await databaseUrlFor(env.TRAILMAP_DB) : null
  if (databaseUrl) env = { ...env, TRAILMAP_DATABASE_URL: databaseUrl }
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      TRAILMAP_LOG_LEVEL: 'info',
      TRAILMAP_CREATES_PER_MIN: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const stdout: string[] = []
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  )
  const url = await new Promise<string>((resolve, reject) => {
    let pending = ''
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 20_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      pending += chunk.toString()
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) {
        stdout.push(line)
        const parsed = safeJson(line)
        if (typeof parsed?.url === 'string') {
          clearTimeout(timer)
          resolve(parsed.url)
        }
      }
    })
    void exited.then((code) =>
      reject(new Error(`server exited (${code}) before listening: ${stderr}`)),
    )
  })
  return { child, url, wsUrl: toWsUrl(url), stdout, exited }
}

function safeJson(line: string): Record<string, unknown> | null {
  try {
    return JSON.parse(line) as Record<string, unknown>
  } catch {
    return null
  }
}

export async function createMapOn(baseUrl: string, title = 'Test journey'): Promise<string> {
  const res = await fetch(`${baseUrl}api/maps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  })
  if (res.status !== 201) throw new Error(`create map failed: ${res.status} ${await res.text()}`)
  return ((await res.json()) as { id: string }).id
}

/** A port that was free a moment ago, for tests that restart a server at the same address. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net')
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

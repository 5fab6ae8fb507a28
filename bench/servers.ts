// The two servers under test, each in a child process of its own on a free loopback port, so
// their memory can be read from /proc and neither shares an event loop with the clients:
//
//   ours       `node --import tsx server/main.ts` exactly as `npm start` runs it: auth on, SQLite
//              persistence, every limit at its default except the per-address connection rate
//              (all benchmark clients come from 127.0.0.1).
//   reference  `@y/websocket-server@0.1.1` (src/server.js, unmodified); in-memory unless given a
//              YPERSISTENCE folder (its y-leveldb persistence).

import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export type ServerKind = 'ours' | 'reference'

export interface BenchServer {
  kind: ServerKind
  /** `http://127.0.0.1:PORT/` */
  httpUrl: string
  /** The y-websocket `serverUrl` (the room name is appended as a path segment). */
  wsUrl: string
  pid: number
  /** Resident set size of the server process, in bytes. */
  rss(): number
  stop(): Promise<void>
}

export function tempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `trailmap-bench-${label}-`))
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1]
  return Number(kb ?? 0) * 1024
}

async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

function stopper(child: ChildProcess) {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000)
      child.once('exit', () => {
        clearTimeout(force)
        resolve()
      })
      child.kill('SIGTERM')
    })
}

function pipeErrors(child: ChildProcess, kind: ServerKind) {
  let tail = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-2000)
  })
  child.once('exit', (code, signal) => {
    if (code !== 0 && code !== null && signal === null) {
      process.stderr.write(`[${kind}] exited with ${code}: ${tail}\n`)
    }
  })
}

export async function startOurs(
  dbPath: string,
  extraEnv: Record<string, string> = {},
): Promise<BenchServer> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      TRAILMAP_AUTH: 'on',
      TRAILMAP_DB: dbPath,
      TRAILMAP_LOG_LEVEL: 'warn',
      TRAILMAP_IP_CONNECTS_PER_MIN: '1000000',
      // Every benchmark client comes from 127.0.0.1.
      TRAILMAP_IP_MAX_SOCKETS: '1000000',
      TRAILMAP_IP_MAX_ROOMS: '1000000',
      TRAILMAP_CREATES_PER_MIN: '1000000',
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  pipeErrors(child, 'ours')
  const httpUrl = `http://127.0.0.1:${port}/`
  await waitUntil(async () => (await fetch(`${httpUrl}healthz`)).ok, 'our server')
  return {
    kind: 'ours',
    httpUrl,
    wsUrl: `ws://127.0.0.1:${port}/sync`,
    pid: child.pid ?? 0,
    rss: () => rssOf(child.pid ?? 0),
    stop: stopper(child),
  }
}

export async function startReference(persistenceDir?: string): Promise<BenchServer> {
  const port = await freePort()
  const script = path.resolve('node_modules/@y/websocket-server/src/server.js')
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: String(port) }
  if (persistenceDir) env.YPERSISTENCE = persistenceDir
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  pipeErrors(child, 'reference')
  let out = ''
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()))
  await waitUntil(async () => out.includes('running at'), 'the reference server')
  return {
    kind: 'reference',
    httpUrl: `http://127.0.0.1:${port}/`,
    wsUrl: `ws://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    rss: () => rssOf(child.pid ?? 0),
    stop: stopper(child),
  }
}

/** A room on the server: ours needs a map (and its token); the reference takes any name. */
export interface BenchRoom {
  name: string
  params: Record<string, string>
}

export async function openRoom(server: BenchServer, label: string): Promise<BenchRoom> {
  if (server.kind === 'reference') return { name: `bench-${label}`, params: {} }
  const res = await fetch(`${server.httpUrl}api/maps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: `bench ${label}` }),
  })
  if (res.status !== 201) throw new Error(`could not create a map: ${res.status}`)
  const map = (await res.json()) as { id: string; editToken: string }
  return { name: map.id, params: { token: map.editToken } }
}

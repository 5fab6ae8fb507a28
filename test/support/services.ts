// Throwaway PostgreSQL and Redis servers for tests and benches: each in its own temp directory, on
// a free loopback port, stopped and deleted afterwards. PostgreSQL refuses to run as root: when
// the tests run as root, its cluster belongs to the `postgres` user (Debian's package creates it;
// else `nobody`) and its programs run through `runuser`.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { freePort } from './server'

/** A program on PATH, or in PostgreSQL's versioned folders (Debian keeps them off PATH). */
export function findBinary(name: string): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name)
    if (dir && isExecutable(candidate)) return candidate
  }
  const root = '/usr/lib/postgresql'
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : []
  for (const version of versions) {
    const candidate = path.join(root, version, 'bin', name)
    if (isExecutable(candidate)) return candidate
  }
  throw new Error(
    `${name} not found on PATH or in /usr/lib/postgresql/*/bin: install Debian's postgresql and redis-server (.ci/run does)`,
  )
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK)
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

/** The user PostgreSQL runs as when we are root. */
function postgresUser(): string | null {
  if (process.getuid?.() !== 0) return null
  const hasPostgres = spawnSync('id', ['-u', 'postgres']).status === 0
  return hasPostgres ? 'postgres' : 'nobody'
}

function asUser(user: string | null, command: string, args: string[]): [string, string[]] {
  return user ? ['runuser', ['-u', user, '--', command, ...args]] : [command, args]
}

async function waitUntilReady(check: () => Promise<boolean>, what: string, child: ChildProcess) {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`)
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${what} did not start within 30 s`)
}

export interface PostgresServer {
  /** Connects as the superuser `trailmap` to the database `trailmap`. */
  url: string
  port: number
  /** A URL for another database of this server (created by `createDatabase`). */
  urlFor(database: string): string
  createDatabase(name: string): Promise<string>
  stop(): Promise<void>
}

export async function startPostgres(
  options: { label?: string; durable?: boolean } = {},
): Promise<PostgresServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `trailmap-pg-${options.label ?? 'test'}-`))
  const data = path.join(dir, 'data')
  const user = postgresUser()
  fs.mkdirSync(data)
  if (user) {
    const { uid, gid } = userIds(user)
    fs.chownSync(dir, uid, gid)
    fs.chownSync(data, uid, gid)
  }
  const initdb = spawnSync(
    ...asUser(user, findBinary('initdb'), [
      '-D',
      data,
      '-U',
      'trailmap',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]),
    { encoding: 'utf8', cwd: dir },
  )
  if (initdb.status !== 0) {
    fs.rmSync(dir, { recursive: true, force: true })
    throw new Error(`initdb failed: ${initdb.stderr || initdb.error?.message}`)
  }
  const port = await freePort()
  // Tests do not survive a machine crash, so they skip fsync; the bench keeps it (`durable`).
  const speed = options.durable ? [] : ['-c', 'fsync=off', '-c', 'full_page_writes=off']
  const child = spawn(
    ...asUser(user, findBinary('postgres'), [
      '-D',
      data,
      '-p',
      String(port),
      '-k',
      dir,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=400',
      '-c',
      'shared_buffers=64MB',
      ...speed,
    ]),
    { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)))
  const urlFor = (database: string) => `postgres://trailmap@127.0.0.1:${port}/${database}`
  const url = urlFor('postgres')
  try {
    await waitUntilReady(
      async () => {
        const client = new pg.Client({ connectionString: url })
        try {
          await client.connect()
          await client.query('SELECT 1')
          return true
        } catch {
          return false
        } finally {
          await client.end().catch(() => undefined)
        }
      },
      `postgres (${stderr})`,
      child,
    )
  } catch (error) {
    child.kill('SIGKILL')
    fs.rmSync(dir, { recursive: true, force: true })
    throw error
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const admin = new pg.Pool({ connectionString: url, max: 2 })
  admin.on('error', () => undefined)
  await admin.query('CREATE DATABASE trailmap')
  return {
    url: urlFor('trailmap'),
    port,
    urlFor,
    async createDatabase(name) {
      try {
        await admin.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`)
      } catch (error) {
        // 42P04: it exists (a second server on the same store).
        if ((error as { code?: string }).code !== '42P04') throw error
      }
      return urlFor(name)
    },
    async stop() {
      await admin.end().catch(() => undefined)
      if (child.exitCode === null) {
        // SIGQUIT to the postmaster itself (`runuser` does not pass signals on): immediate
        // shutdown, nothing to keep.
        const pid = Number(
          fs.readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0],
        )
        try {
          process.kill(pid, 'SIGQUIT')
        } catch {
          child.kill('SIGQUIT')
        }
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
        if (child.exitCode === null) child.kill('SIGKILL')
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

function userIds(user: string): { uid: number; gid: number } {
  const uid = Number(spawnSync('id', ['-u', user], { encoding: 'utf8' }).stdout.trim())
  const gid = Number(spawnSync('id', ['-g', user], { encoding: 'utf8' }).stdout.trim())
  return { uid, gid }
}

export interface RedisServer {
  url: string
  port: number
  /** Stops the server (kill -9: whatever it held is gone, as when it crashes). */
  stop(): Promise<void>
  /** Starts it again on the same port, empty. */
  start(): Promise<void>
  /** Deletes everything it holds (FLUSHALL). */
  flush(): Promise<void>
  readonly running: boolean
  /** Stops it for good and deletes its directory. */
  destroy(): Promise<void>
}

export async function startRedis(): Promise<RedisServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trailmap-redis-'))
  const port = await freePort()
  const binary = findBinary('redis-server')
  let child: ChildProcess | null = null
  let exited: Promise<void> = Promise.resolve()

  async function ping(): Promise<boolean> {
    const net = await import('node:net')
    return new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1')
      socket.once('error', () => resolve(false))
      socket.once('connect', () => socket.write('PING\r\n'))
      socket.once('data', (data) => {
        socket.destroy()
        resolve(data.toString().startsWith('+PONG'))
      })
    })
  }

  async function start() {
    const started = spawn(
      binary,
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        dir,
        '--protected-mode',
        'no',
      ],
      { stdio: 'ignore' },
    )
    child = started
    exited = new Promise((resolve) => started.once('exit', () => resolve()))
    await waitUntilReady(ping, 'redis-server', started)
  }

  async function stop() {
    const running = child
    child = null
    if (running && running.exitCode === null) {
      running.kill('SIGKILL')
      await exited
    }
  }

  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    start,
    get running() {
      return child !== null
    },
    async flush() {
      const net = await import('node:net')
      await new Promise<void>((resolve, reject) => {
        const socket = net.connect(port, '127.0.0.1')
        socket.once('error', reject)
        socket.once('connect', () => socket.write('FLUSHALL\r\n'))
        socket.once('data', () => {
          socket.destroy()
          resolve()
        })
      })
    },
    async destroy() {
      await stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

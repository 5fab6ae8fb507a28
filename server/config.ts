// Server configuration from the environment. Every knob has a documented default (README
// "Configuration"); a malformed value stops the server at start with a message naming the variable.

import { isIP } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { LogLevel } from './log'

export interface LimitsConfig {
  /** Largest websocket frame accepted; bigger frames close the socket with 1009. */
  maxFrameBytes: number
  /** Per connection: sustained messages a second, and the burst allowed on top (token bucket). */
  messagesPerSecond: number
  messageBurst: number
  /** Per connection: sustained bytes a second, and the burst (at least one largest frame). */
  bytesPerSecond: number
  byteBurst: number
  /** New websocket connections from one IP address a minute (also the burst). */
  connectionsPerIpPerMinute: number
  /** A socket whose unsent data exceeds this is a client that does not read: closed with 1013. */
  sendBufferBytes: number
  /** Rooms (open maps) held in memory at once; a connection that needs another gets 1013. */
  maxRooms: number
  /** Sockets one client address may hold open, and distinct maps they may keep open. */
  ipMaxSockets: number
  ipMaxRooms: number
  /** A room none of whose sockets sent an edit for this long is closed first when rooms run out. */
  idleMs: number
  /** Maps created or duplicated per client address a minute (also the burst). */
  createsPerMinute: number
  /** Maps the server holds in all; creating more is refused with 507. */
  maxMaps: number
  /** An update that would grow a map's document beyond this closes the socket with 4413. */
  maxDocBytes: number
  /** One client's awareness (presence) state, as JSON; larger states are not relayed. */
  maxAwarenessBytes: number
  /** Presence changes of one socket relayed to the room a second; more are coalesced. */
  presencePerSecond: number
  /** Bytes of updates with missing dependencies one room may hold (server/sync/pending.ts). */
  maxPendingBytes: number
  /** How long such an update may wait before its sender is closed. */
  pendingTimeoutMs: number
  /** An HTTP request (a websocket upgrade included) must send its headers within this time. */
  handshakeTimeoutMs: number
}

export interface ServerConfig extends LimitsConfig {
  host: string
  /** Host names the server answers to (TRAILMAP_ALLOWED_HOSTS); null: derived from `host`. */
  allowedHosts: string[] | null
  /** Origins allowed besides the same origin (TRAILMAP_ALLOWED_ORIGINS). */
  allowedOrigins: string[]
  port: number
  dbPath: string
  /** PostgreSQL instead of the SQLite file (TRAILMAP_DATABASE_URL); null: SQLite. */
  databaseUrl: string | null
  /** Redis for the fan-out between nodes (TRAILMAP_REDIS_URL); null: this process alone. */
  redisUrl: string | null
  /** How often nodes compare each open map's state through Redis (anti-entropy). */
  antiEntropyMs: number
  /** This node's name in logs and between nodes; unique per process. */
  nodeId: string
  /** Folder with the built editor (`vite build`); served at `/`. */
  staticDir: string
  logLevel: LogLevel
  /** Capability tokens required for maps (false: open mode, every visitor may edit every map). */
  auth: boolean
  /** Caps the SQLite file (0: no cap); past it writes fail as on a full disk. */
  dbMaxBytes: number
  /** Updates are appended to the store at most this long after they arrive. */
  flushIntervalMs: number
  /** A room folds its update log into one snapshot after this many appended updates. */
  compactEveryUpdates: number
  /** A socket that sends nothing (not even a pong) for this long is dropped. */
  pingIntervalMs: number
  /** Graceful shutdown gives up waiting on clients after this long. */
  shutdownTimeoutMs: number
  /** Automatic versions are kept this many days (TRAILMAP_VERSION_RETENTION_DAYS); named forever. */
  versionRetentionDays: number
  /** While a map is edited, an automatic version at most this often (TRAILMAP_AUTO_VERSION_MINUTES). */
  autoVersionEveryMs: number
}

const MiB = 1024 * 1024

export const DEFAULTS: ServerConfig = {
  host: '127.0.0.1',
  allowedHosts: null,
  allowedOrigins: [],
  port: 5174,
  dbPath: path.resolve('data', 'trailmap.db'),
  databaseUrl: null,
  redisUrl: null,
  antiEntropyMs: 5_000,
  nodeId: `${os.hostname()}-${process.pid}`,
  staticDir: path.resolve('dist'),
  logLevel: 'info',
  auth: false,
  maxFrameBytes: 8 * MiB,
  messagesPerSecond: 100,
  messageBurst: 500,
  bytesPerSecond: 2 * MiB,
  byteBurst: 16 * MiB,
  connectionsPerIpPerMinute: 300,
  sendBufferBytes: 16 * MiB,
  maxRooms: 1000,
  createsPerMinute: 20,
  ipMaxSockets: 200,
  ipMaxRooms: 50,
  idleMs: 600_000,
  maxMaps: 100_000,
  maxDocBytes: 32 * MiB,
  maxAwarenessBytes: 128 * 1024,
  presencePerSecond: 30,
  maxPendingBytes: 1 * MiB,
  pendingTimeoutMs: 10_000,
  handshakeTimeoutMs: 10_000,
  dbMaxBytes: 0,
  flushIntervalMs: 100,
  compactEveryUpdates: 500,
  pingIntervalMs: 30_000,
  shutdownTimeoutMs: 5_000,
  versionRetentionDays: 30,
  autoVersionEveryMs: 3_600_000,
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number) {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`)
  }
  return value
}

/** A comma-separated list; null when unset or blank. */
function list(raw: string | undefined): string[] | null {
  const items = (raw ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
  return items.length > 0 ? items : null
}

/** 127.0.0.0/8, ::1 and "localhost": only this machine can connect. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase()
  if (bare === 'localhost') return true
  if (isIP(bare) === 4) return bare.startsWith('127.')
  return bare === '::1' || bare === '::ffff:127.0.0.1'
}

/** A URL with one of the given schemes, or null when unset. */
function serviceUrl(env: NodeJS.ProcessEnv, name: string, schemes: readonly string[]) {
  const raw = env[name]?.trim()
  if (!raw) return null
  let scheme: string
  try {
    scheme = new URL(raw).protocol.replace(/:$/, '')
  } catch {
    throw new ConfigError(`${name} must be a URL (${schemes[0]}://…)`)
  }
  if (!schemes.includes(scheme)) {
    throw new ConfigError(`${name} must start with ${schemes.map((s) => `${s}://`).join(' or ')}`)
  }
  return raw
}

function authMode(env: NodeJS.ProcessEnv, host: string): boolean {
  const raw = (env.TRAILMAP_AUTH ?? '').toLowerCase()
  if (raw === '') return !isLoopbackHost(host)
  if (raw === 'on') return true
  if (raw === 'off') return false
  throw new ConfigError(`TRAILMAP_AUTH must be "on" or "off", got "${env.TRAILMAP_AUTH}"`)
}

function nodeName(raw: string | undefined): string {
  if (raw === undefined || raw === '') return DEFAULTS.nodeId
  if (!/^[\w.-]{1,64}$/.test(raw)) {
    throw new ConfigError('TRAILMAP_NODE_NAME must be 1–64 letters, digits, ".", "_" or "-"')
  }
  // Two processes given the same name would ignore each other's messages: keep them apart.
  return `${raw}-${process.pid}`
}

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent']

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const logLevel = (env.TRAILMAP_LOG_LEVEL ?? DEFAULTS.logLevel) as LogLevel
  if (!LEVELS.includes(logLevel)) {
    throw new ConfigError(`TRAILMAP_LOG_LEVEL must be one of ${LEVELS.join(', ')}`)
  }
  const host = env.HOST || DEFAULTS.host
  const int = (name: string, fallback: number, min: number, max: number) =>
    integer(env, name, fallback, min, max)
  const config: ServerConfig = {
    host,
    allowedHosts: list(env.TRAILMAP_ALLOWED_HOSTS),
    allowedOrigins: list(env.TRAILMAP_ALLOWED_ORIGINS) ?? [],
    port: int('PORT', DEFAULTS.port, 0, 65535),
    dbPath: env.TRAILMAP_DB ? path.resolve(env.TRAILMAP_DB) : DEFAULTS.dbPath,
    databaseUrl: serviceUrl(env, 'TRAILMAP_DATABASE_URL', ['postgres', 'postgresql']),
    redisUrl: serviceUrl(env, 'TRAILMAP_REDIS_URL', ['redis', 'rediss']),
    antiEntropyMs: int('TRAILMAP_ANTI_ENTROPY_MS', DEFAULTS.antiEntropyMs, 100, 600_000),
    nodeId: nodeName(env.TRAILMAP_NODE_NAME),
    staticDir: env.TRAILMAP_STATIC_DIR ? path.resolve(env.TRAILMAP_STATIC_DIR) : DEFAULTS.staticDir,
    logLevel,
    auth: authMode(env, host),
    maxFrameBytes: int('TRAILMAP_MAX_FRAME_BYTES', DEFAULTS.maxFrameBytes, 1024, 2 ** 30),
    messagesPerSecond: int('TRAILMAP_MSGS_PER_SEC', DEFAULTS.messagesPerSecond, 1, 1e6),
    messageBurst: int('TRAILMAP_MSG_BURST', DEFAULTS.messageBurst, 1, 1e7),
    bytesPerSecond: int('TRAILMAP_BYTES_PER_SEC', DEFAULTS.bytesPerSecond, 1024, 2 ** 30),
    byteBurst: int('TRAILMAP_BYTE_BURST', DEFAULTS.byteBurst, 1024, 2 ** 31),
    connectionsPerIpPerMinute: int(
      'TRAILMAP_IP_CONNECTS_PER_MIN',
      DEFAULTS.connectionsPerIpPerMinute,
      1,
      1e6,
    ),
    sendBufferBytes: int('TRAILMAP_SEND_BUFFER_BYTES', DEFAULTS.sendBufferBytes, 1024, 2 ** 31),
    maxRooms: int('TRAILMAP_MAX_ROOMS', DEFAULTS.maxRooms, 1, 1e6),
    ipMaxSockets: int('TRAILMAP_IP_MAX_SOCKETS', DEFAULTS.ipMaxSockets, 1, 1e6),
    ipMaxRooms: int('TRAILMAP_IP_MAX_ROOMS', DEFAULTS.ipMaxRooms, 1, 1e6),
    idleMs: int('TRAILMAP_IDLE_MS', DEFAULTS.idleMs, 100, 86_400_000),
    createsPerMinute: int('TRAILMAP_CREATES_PER_MIN', DEFAULTS.createsPerMinute, 1, 1e6),
    maxMaps: int('TRAILMAP_MAX_MAPS', DEFAULTS.maxMaps, 1, 1e9),
    maxDocBytes: int('TRAILMAP_MAX_DOC_BYTES', DEFAULTS.maxDocBytes, 1024, 2 ** 31),
    maxAwarenessBytes: int(
      'TRAILMAP_MAX_AWARENESS_BYTES',
      DEFAULTS.maxAwarenessBytes,
      256,
      2 ** 24,
    ),
    presencePerSecond: int('TRAILMAP_PRESENCE_PER_SEC', DEFAULTS.presencePerSecond, 1, 1000),
    maxPendingBytes: int('TRAILMAP_MAX_PENDING_BYTES', DEFAULTS.maxPendingBytes, 0, 2 ** 30),
    pendingTimeoutMs: int('TRAILMAP_PENDING_MS', DEFAULTS.pendingTimeoutMs, 100, 600_000),
    handshakeTimeoutMs: int('TRAILMAP_HANDSHAKE_MS', DEFAULTS.handshakeTimeoutMs, 100, 120_000),
    dbMaxBytes: int('TRAILMAP_DB_MAX_BYTES', DEFAULTS.dbMaxBytes, 0, Number.MAX_SAFE_INTEGER),
    flushIntervalMs: int('TRAILMAP_FLUSH_MS', DEFAULTS.flushIntervalMs, 0, 250),
    compactEveryUpdates: int('TRAILMAP_COMPACT_EVERY', DEFAULTS.compactEveryUpdates, 1, 1e6),
    pingIntervalMs: DEFAULTS.pingIntervalMs,
    shutdownTimeoutMs: int('TRAILMAP_SHUTDOWN_MS', DEFAULTS.shutdownTimeoutMs, 100, 60_000),
    versionRetentionDays: int(
      'TRAILMAP_VERSION_RETENTION_DAYS',
      DEFAULTS.versionRetentionDays,
      1,
      36_500,
    ),
    autoVersionEveryMs:
      int('TRAILMAP_AUTO_VERSION_MINUTES', DEFAULTS.autoVersionEveryMs / 60_000, 1, 10_080) *
      60_000,
  }
  checkLimits(config)
  return config
}

/** Limits that contradict each other would refuse honest clients: say so at start. */
export function checkLimits(limits: LimitsConfig) {
  if (limits.byteBurst < limits.maxFrameBytes) {
    throw new ConfigError(
      `TRAILMAP_BYTE_BURST (${limits.byteBurst}) must be at least TRAILMAP_MAX_FRAME_BYTES (${limits.maxFrameBytes}), or the largest frames could never be accepted`,
    )
  }
}

// Server configuration from the environment. Every knob has a documented default (README
// "Configuration"); a malformed value stops the server at start with a message naming the variable.

import path from 'node:path'
import type { LogLevel } from './log'

export interface ServerConfig {
  host: string
  port: number
  dbPath: string
  /** Folder with the built editor (`vite build`); served at `/`. */
  staticDir: string
  logLevel: LogLevel
  /** Largest websocket frame accepted; bigger frames close the socket with 1009. */
  maxFrameBytes: number
  /** Updates are appended to the store at most this long after they arrive. */
  flushIntervalMs: number
  /** A room folds its update log into one snapshot after this many appended updates. */
  compactEveryUpdates: number
  /** A socket that sends nothing (not even a pong) for this long is dropped. */
  pingIntervalMs: number
  /** Graceful shutdown gives up waiting on clients after this long. */
  shutdownTimeoutMs: number
}

export const DEFAULTS: ServerConfig = {
  host: '127.0.0.1',
  port: 5174,
  dbPath: path.resolve('data', 'trailmap.db'),
  staticDir: path.resolve('dist'),
  logLevel: 'info',
  maxFrameBytes: 8 * 1024 * 1024,
  flushIntervalMs: 100,
  compactEveryUpdates: 500,
  pingIntervalMs: 30_000,
  shutdownTimeoutMs: 5_000,
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

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent']

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const logLevel = (env.TRAILMAP_LOG_LEVEL ?? DEFAULTS.logLevel) as LogLevel
  if (!LEVELS.includes(logLevel)) {
    throw new ConfigError(`TRAILMAP_LOG_LEVEL must be one of ${LEVELS.join(', ')}`)
  }
  return {
    host: env.HOST || DEFAULTS.host,
    port: integer(env, 'PORT', DEFAULTS.port, 0, 65535),
    dbPath: env.TRAILMAP_DB ? path.resolve(env.TRAILMAP_DB) : DEFAULTS.dbPath,
    staticDir: env.TRAILMAP_STATIC_DIR ? path.resolve(env.TRAILMAP_STATIC_DIR) : DEFAULTS.staticDir,
    logLevel,
    maxFrameBytes: integer(env, 'TRAILMAP_MAX_FRAME_BYTES', DEFAULTS.maxFrameBytes, 1024, 2 ** 30),
    flushIntervalMs: integer(env, 'TRAILMAP_FLUSH_MS', DEFAULTS.flushIntervalMs, 0, 250),
    compactEveryUpdates: integer(
      env,
      'TRAILMAP_COMPACT_EVERY',
      DEFAULTS.compactEveryUpdates,
      1,
      1e6,
    ),
    pingIntervalMs: DEFAULTS.pingIntervalMs,
    shutdownTimeoutMs: DEFAULTS.shutdownTimeoutMs,
  }
}

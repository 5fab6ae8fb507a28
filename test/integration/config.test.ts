// The environment the server reads: auth defaults by address, every limit is configurable, and
// the README's configuration table lists exactly what `configFromEnv` reads, with its defaults.

import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ConfigError, DEFAULTS, configFromEnv, isLoopbackHost } from '../../server/config'

describe('auth mode', () => {
  it.each([
    ['127.0.0.1', false],
    ['127.1.2.3', false],
    ['localhost', false],
    ['::1', false],
    ['[::1]', false],
    ['0.0.0.0', true],
    ['::', true],
    ['192.168.1.20', true],
    ['fe80::1', true],
  ])('HOST=%s defaults to auth %s', (host, auth) => {
    expect(isLoopbackHost(host)).toBe(!auth)
    expect(configFromEnv({ HOST: host }).auth).toBe(auth)
  })

  it('can be set either way, and refuses anything else', () => {
    expect(configFromEnv({ HOST: '0.0.0.0', TRAILMAP_AUTH: 'off' }).auth).toBe(false)
    expect(configFromEnv({ HOST: '127.0.0.1', TRAILMAP_AUTH: 'on' }).auth).toBe(true)
    expect(() => configFromEnv({ TRAILMAP_AUTH: 'maybe' })).toThrow(ConfigError)
  })
})

describe('several nodes', () => {
  it('reads the database and Redis URLs, and refuses other schemes', () => {
    const defaults = configFromEnv({})
    expect(defaults.databaseUrl).toBeNull()
    expect(defaults.redisUrl).toBeNull()
    const config = configFromEnv({
      TRAILMAP_DATABASE_URL: 'postgres://u:p@db:5432/trailmap',
      TRAILMAP_REDIS_URL: 'redis://cache:6379',
      TRAILMAP_ANTI_ENTROPY_MS: '2000',
      TRAILMAP_NODE_NAME: 'node-a',
    })
    expect(config).toMatchObject({
      databaseUrl: 'postgres://u:p@db:5432/trailmap',
      redisUrl: 'redis://cache:6379',
      antiEntropyMs: 2000,
    })
    expect(config.nodeId).toMatch(/^node-a-\d+$/)
    expect(() => configFromEnv({ TRAILMAP_DATABASE_URL: 'mysql://db/x' })).toThrow(ConfigError)
    expect(() => configFromEnv({ TRAILMAP_DATABASE_URL: 'not a url' })).toThrow(ConfigError)
    expect(() => configFromEnv({ TRAILMAP_REDIS_URL: 'http://cache' })).toThrow(ConfigError)
    expect(() => configFromEnv({ TRAILMAP_ANTI_ENTROPY_MS: '10' })).toThrow(ConfigError)
    expect(() => configFromEnv({ TRAILMAP_NODE_NAME: 'a b' })).toThrow(ConfigError)
  })
})

describe('limits', () => {
  const limits: [string, keyof typeof DEFAULTS, number][] = [
    ['TRAILMAP_MAX_FRAME_BYTES', 'maxFrameBytes', 65536],
    ['TRAILMAP_MSGS_PER_SEC', 'messagesPerSecond', 7],
    ['TRAILMAP_MSG_BURST', 'messageBurst', 9],
    ['TRAILMAP_BYTES_PER_SEC', 'bytesPerSecond', 4096],
    ['TRAILMAP_BYTE_BURST', 'byteBurst', 33554432],
    ['TRAILMAP_IP_CONNECTS_PER_MIN', 'connectionsPerIpPerMinute', 12],
    ['TRAILMAP_SEND_BUFFER_BYTES', 'sendBufferBytes', 8192],
    ['TRAILMAP_MAX_ROOMS', 'maxRooms', 3],
    ['TRAILMAP_MAX_DOC_BYTES', 'maxDocBytes', 100000],
    ['TRAILMAP_MAX_AWARENESS_BYTES', 'maxAwarenessBytes', 1000],
    ['TRAILMAP_PRESENCE_PER_SEC', 'presencePerSecond', 12],
    ['TRAILMAP_MAX_PENDING_BYTES', 'maxPendingBytes', 4096],
    ['TRAILMAP_PENDING_MS', 'pendingTimeoutMs', 2000],
    ['TRAILMAP_HANDSHAKE_MS', 'handshakeTimeoutMs', 2500],
    ['TRAILMAP_SHUTDOWN_MS', 'shutdownTimeoutMs', 1500],
  ]

  it.each(limits)('%s sets %s', (name, key, value) => {
    expect(configFromEnv({ [name]: String(value) })[key]).toBe(value)
    expect(() => configFromEnv({ [name]: '-1' })).toThrow(name)
    expect(() => configFromEnv({ [name]: '1.5' })).toThrow(name)
  })

  it('refuses a byte burst smaller than the largest frame', () => {
    expect(() =>
      configFromEnv({ TRAILMAP_MAX_FRAME_BYTES: '2000000', TRAILMAP_BYTE_BURST: '1000000' }),
    ).toThrow(/TRAILMAP_BYTE_BURST/)
  })

  it('the README documents every variable with its default', () => {
    const readme = fs.readFileSync('README.md', 'utf8')
    const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## HTTP'))
    const documented = new Map<string, string>()
    for (const match of section.matchAll(/^\| `([A-Z_]+)`\s+\| `([^`]+)`/gm)) {
      documented.set(match[1]!, match[2]!)
    }
    for (const [name, key] of limits) {
      expect(documented.get(name), name).toBe(String(DEFAULTS[key]))
    }
    const source = fs.readFileSync('server/config.ts', 'utf8')
    const read = [...source.matchAll(/'((?:TRAILMAP_|HOST|PORT)[A-Z_]*)'/g)].map((m) => m[1])
    const mentioned = [...source.matchAll(/env\.([A-Z_]+)/g)].map((m) => m[1])
    for (const name of new Set([...read, ...mentioned])) {
      expect(documented.has(name!), `${name} is in the README`).toBe(true)
    }
  })
})

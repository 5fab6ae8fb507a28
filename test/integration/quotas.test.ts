// What one client address may take: map creation (rate and total), sockets and open maps, and
// idle rooms giving way to working ones. Plus the requests a browser on another site could send:
// a foreign Host (DNS rebinding), a foreign Origin, a JSON body sent as text/plain.

import http from 'node:http'
import { describe, expect, it } from 'vitest'
import type { ServerConfig } from '../../server/config'
import { waitFor, waitSynced } from '../support/clients'
import { startTestServer, type TestServer } from '../support/server'
import {
  connectWithToken,
  createMapWithTokens,
  firstCloseCode,
  kindOf,
  rawBarrier,
  rawSocket,
} from '../support/sockets'
import { trackInProcess } from '../support/tracked'

const { servers, clients, sockets } = trackInProcess()

async function serverWith(overrides: Partial<ServerConfig>) {
  const server = await startTestServer(overrides)
  servers.push(server)
  return server
}

const create = (server: TestServer) =>
  fetch(`${server.url}api/maps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  })

function raw(server: TestServer, mapId: string, token?: string) {
  const socket = rawSocket(server.wsUrl, mapId, token)
  sockets.push(socket)
  return socket
}

/** A request with headers fetch() will not let us set (Host, Origin). */
function request(
  server: TestServer,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, method, path, headers },
      (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

describe('map creation quota', () => {
  it('answers 429 with Retry-After past the per-address rate, for creating and duplicating', async () => {
    const server = await serverWith({ createsPerMinute: 3 })
    const first = (await (await create(server)).json()) as { id: string; editToken: string }
    expect((await create(server)).status).toBe(201)
    expect((await create(server)).status).toBe(201)
    const refused = await create(server)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    const duplicate = await fetch(`${server.url}api/maps/${first.id}/duplicate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${first.editToken}` },
    })
    expect(duplicate.status).toBe(429)
  })

  it('answers 507 once the server holds TRAILMAP_MAX_MAPS maps', async () => {
    const server = await serverWith({ maxMaps: 2 })
    expect((await create(server)).status).toBe(201)
    expect((await create(server)).status).toBe(201)
    expect((await create(server)).status).toBe(507)
  })
})

describe('per-address sockets and rooms', () => {
  it('refuses sockets past the per-address caps with 4429', async () => {
    const server = await serverWith({ ipMaxRooms: 2, ipMaxSockets: 3 })
    const maps = await Promise.all([1, 2, 3].map(() => createMapWithTokens(server.url)))
    const a = raw(server, maps[0]!.id)
    const b = raw(server, maps[1]!.id)
    // Admitted, not only opened: admission waits for store lookups, which a networked store may
    // answer in any order.
    await Promise.all([a.opened, b.opened])
    await Promise.all([rawBarrier(a), rawBarrier(b)])
    const third = raw(server, maps[2]!.id)
    expect((await third.closed).code).toBe(4429)
    expect((await third.closed).reason).toMatch(/too many maps open/)
    // A second socket on a map already held is no new room, but counts as a socket.
    const again = raw(server, maps[0]!.id)
    await again.opened
    await rawBarrier(again)
    const fourth = raw(server, maps[1]!.id)
    expect((await fourth.closed).code).toBe(4429)
    expect((await fourth.closed).reason).toMatch(/too many connections/)
    expect(a.isClosed() || b.isClosed() || again.isClosed()).toBe(false)
  })

  it('closes an idle room (1013) to let a working client in when every room is taken', async () => {
    const server = await serverWith({ maxRooms: 1, idleMs: 200 })
    const idleMap = await createMapWithTokens(server.url)
    const wanted = await createMapWithTokens(server.url)
    const idle = raw(server, idleMap.id)
    await idle.opened
    // Open is not joined: the room is taken once it has loaded and said hello (its sync step 1).
    // Under load a newcomer could otherwise take the one room first.
    await waitFor(() => idle.frames.some((f) => kindOf(f) === 'sync-step1'), 'the idle room')
    const newcomer = connectWithToken(server.wsUrl, wanted.id)
    clients.push(newcomer)
    // The newcomer is told to come back (the server is full) and gets in once the idle room is
    // gone; the idle socket is the one closed.
    expect(await firstCloseCode(newcomer)).toBe(1013)
    expect((await idle.closed).code).toBe(1013)
    await waitSynced(newcomer)
  })
})

describe('requests from other sites', () => {
  it('answers 421 to a Host that is not this server (DNS rebinding)', async () => {
    const server = await serverWith({})
    expect(await request(server, 'GET', '/api/maps', { host: 'attacker.example:5174' })).toBe(421)
    expect(await request(server, 'GET', '/api/maps', { host: `localhost:${server.port}` })).toBe(
      200,
    )
  })

  it('refuses state-changing requests and sockets from a foreign Origin', async () => {
    const server = await serverWith({})
    const host = `127.0.0.1:${server.port}`
    const json = { host, 'content-type': 'application/json' }
    expect(
      await request(server, 'POST', '/api/maps', { ...json, origin: 'https://evil.example' }, '{}'),
    ).toBe(403)
    expect(
      await request(server, 'POST', '/api/maps', { ...json, origin: `http://${host}` }, '{}'),
    ).toBe(201)
    const map = await createMapWithTokens(server.url)
    const upgrade = await request(server, 'GET', `/sync/${map.id}`, {
      host,
      origin: 'https://evil.example',
      connection: 'Upgrade',
      upgrade: 'websocket',
      'sec-websocket-version': '13',
      'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
    })
    expect(upgrade).toBe(403)
  })

  it('refuses a JSON body that is not sent as application/json (415)', async () => {
    const server = await serverWith({})
    const host = `127.0.0.1:${server.port}`
    expect(
      await request(server, 'POST', '/api/maps', { host, 'content-type': 'text/plain' }, '{}'),
    ).toBe(415)
  })
})

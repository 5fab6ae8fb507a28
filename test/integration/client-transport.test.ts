// The editor's transport (src/collab/websocket-transport.ts) against the real server: its logs
// never carry the token (y-websocket's own handler logs the socket URL, query string included),
// and it adopts the sync socket the page's boot script opened early (src/collab/early-socket.ts)
// without losing what the server sent before, opening its own when the early one does not fit.
// Node has no `window`, `navigator` or global WebSocket: the test supplies the same globals a
// browser has (an EventTarget window, `ws` as WebSocket) — the transport's code runs unchanged.

import { afterEach, describe, expect, it, vi } from 'vitest'
import * as decoding from 'lib0/decoding'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { Awareness } from 'y-protocols/awareness'
import { WebsocketProvider } from 'y-websocket'
import { openEarlySocket, socketUrl } from '../../src/collab/early-socket'
import type { ConnectionInfo } from '../../src/collab/session'
import { websocketTransport } from '../../src/collab/websocket-transport'
import { waitFor, waitSynced } from '../support/clients'
import { startTestServer, type TestServer } from '../support/server'
import { connectWithToken, createMapWithTokens, type CreatedMap } from '../support/sockets'

let server: TestServer | null = null
const cleanups: (() => void)[] = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup()
  await server?.close()
  server = null
  vi.unstubAllGlobals()
})

describe('editor transport', () => {
  it('logs the server’s reason on "permission denied", never the socket URL or token', async () => {
    vi.stubGlobal('window', new EventTarget())
    vi.stubGlobal('navigator', { onLine: true })
    vi.stubGlobal('WebSocket', WebSocket)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    cleanups.push(() => warn.mockRestore())
    server = await startTestServer({ auth: true })
    const map = await createMapWithTokens(server.url)
    const doc = new Y.Doc()
    const transport = websocketTransport(
      server.wsUrl,
      map.id,
      map.viewToken,
      false,
    )(doc, new Awareness(doc))
    cleanups.push(() => transport.destroy())
    await waitFor(() => transport.connection().state === 'connected', 'the connection')
    doc.getMap('meta').set('title', 'not allowed')
    await waitFor(() => warn.mock.calls.length > 0, 'the permission-denied log')
    const logged = warn.mock.calls.flat().map(String).join('\n')
    expect(logged).toMatch(/view-only/)
    expect(logged).not.toContain(map.viewToken)
    expect(logged).not.toContain('token=')
  })
})

describe('the role', () => {
  it('is what the server says on the socket before the map: edit, comment or view, as the token grants', async () => {
    browserGlobals()
    server = await startTestServer({ auth: true })
    const map = await createMapWithTokens(server.url, { title: 'Roles' })
    const grants = [
      [map.editToken, 'edit'],
      [map.commentToken, 'comment'],
      [map.viewToken, 'view'],
    ] as const
    for (const [token, role] of grants) {
      const doc = new Y.Doc()
      const transport = websocketTransport(
        server.wsUrl,
        map.id,
        token,
        false,
      )(doc, new Awareness(doc))
      cleanups.push(() => transport.destroy())
      const reports: ConnectionInfo[] = []
      transport.onConnection((info) => reports.push(info))
      expect(transport.connection().role).toBeUndefined()
      await waitFor(() => transport.connection().synced, 'the editor to sync')
      expect(titleOf(doc)).toBe('Roles')
      expect(transport.connection().role).toBe(role)
      // Said before the map's state: the editor never holds the map without its role.
      expect(reports.find((info) => info.synced)?.role).toBe(role)
      expect(reports.some((info) => info.role === role && !info.synced)).toBe(true)
    }
  })
})

function browserGlobals() {
  vi.stubGlobal('window', new EventTarget())
  vi.stubGlobal('navigator', { onLine: true })
  vi.stubGlobal('WebSocket', WebSocket)
}
const titleOf = (doc: Y.Doc) => doc.getMap('meta').get('title')

/** A colleague: a y-websocket client that hears only the server (no BroadcastChannel). */
async function colleagueOf(map: CreatedMap, token: string) {
  const client = connectWithToken(server!.wsUrl, map.id, { token })
  cleanups.push(() => client.destroy())
  await waitSynced(client)
  return client
}

async function editorOf(map: CreatedMap, token: string, doc = new Y.Doc()) {
  const awareness = new Awareness(doc)
  const transport = websocketTransport(server!.wsUrl, map.id, token, false)(doc, awareness)
  cleanups.push(() => transport.destroy())
  await waitFor(() => transport.connection().synced, 'the editor to sync')
  return { doc, transport, awareness }
}

/** The client ids in the presence frames (message type 1) a socket sent. */
function presenceClientsIn(frames: readonly Uint8Array[]): number[] {
  const ids: number[] = []
  for (const frame of frames) {
    const message = decoding.createDecoder(frame)
    if (decoding.readVarUint(message) !== 1) continue
    const update = decoding.createDecoder(decoding.readVarUint8Array(message))
    const count = decoding.readVarUint(update)
    for (let i = 0; i < count; i++) {
      ids.push(decoding.readVarUint(update))
      decoding.readVarUint(update) // clock
      decoding.readVarString(update) // state
    }
  }
  return ids
}

describe('what the editor sends', () => {
  it('go out in the task after the edit: three edits of one task reach a colleague as one update', async () => {
    browserGlobals()
    server = await startTestServer({ auth: true })
    const map = await createMapWithTokens(server.url)
    const { doc } = await editorOf(map, map.editToken)
    const other = await colleagueOf(map, map.editToken)
    const updates: Uint8Array[] = []
    other.doc.on('update', (update: Uint8Array) => updates.push(update))
    const meta = doc.getMap('meta')
    meta.set('title', 'T')
    meta.set('title', 'Ti')
    meta.set('title', 'Tit')
    await waitFor(() => titleOf(other.doc) === 'Tit', 'the edits at the colleague')
    // Sent from inside each transaction, as y-websocket does, these were three messages.
    expect(updates).toHaveLength(1)
    // Edits of later tasks still arrive each on its own, in order.
    meta.set('title', 'Title')
    await waitFor(() => titleOf(other.doc) === 'Title', 'the next edit')
    expect(updates).toHaveLength(2)
  })

  it('its own presence, never colleagues’ presence it hears back', async () => {
    const sent: Uint8Array[] = []
    class CountingSocket extends WebSocket {
      override send(data: Uint8Array, ...rest: unknown[]) {
        sent.push(new Uint8Array(data))
        ;(super.send as (...args: unknown[]) => void)(data, ...rest)
      }
    }
    browserGlobals()
    vi.stubGlobal('WebSocket', CountingSocket)
    server = await startTestServer({ auth: true })
    const map = await createMapWithTokens(server.url)
    const { awareness } = await editorOf(map, map.editToken)
    const mine = awareness.clientID
    const other = await colleagueOf(map, map.editToken)
    const theirs = other.provider.awareness
    const cursorOf = (states: Map<number, Record<string, unknown>>, id: number) =>
      (states.get(id)?.['cursor'] as { x: number } | undefined)?.x
    for (let x = 1; x <= 5; x++) {
      theirs.setLocalStateField('cursor', { x })
      await waitFor(
        () => cursorOf(awareness.getStates(), theirs.clientID) === x,
        'the colleague’s cursor',
      )
    }
    awareness.setLocalStateField('cursor', { x: 99 })
    await waitFor(() => cursorOf(theirs.getStates(), mine) === 99, 'my cursor at the colleague')
    const clients = presenceClientsIn(sent)
    expect(clients).toContain(mine)
    // y-websocket as it comes sent each of the colleague's five changes back to the server.
    expect(clients).not.toContain(theirs.clientID)
  })

  it('made right before the editor closes still reach the server', async () => {
    browserGlobals()
    server = await startTestServer({ auth: true })
    const map = await createMapWithTokens(server.url)
    const { doc, transport } = await editorOf(map, map.editToken)
    doc.getMap('meta').set('title', 'Last words')
    transport.destroy()
    const later = await colleagueOf(map, map.viewToken)
    await waitFor(() => titleOf(later.doc) === 'Last words', 'the last edit at the server')
  })
})

describe('early socket', () => {
  const mapSockets = (s: TestServer) =>
    s.logs.filter((l) => l['msg'] === 'connection opened' && l['channel'] === 'map').length

  it('is adopted by the editor: one connection, and the frames it received first are not lost', async () => {
    browserGlobals()
    server = await startTestServer({ auth: true })
    const map = await createMapWithTokens(server.url, { title: 'Opened early' })
    const early = openEarlySocket(socketUrl(server.wsUrl, map.id, { token: map.editToken }))
    expect(early).not.toBeNull()
    // The server answers as soon as the socket opens (its state vector, who is here): those frames
    // arrive before the editor exists, as they do while the editor's code still loads.
    let received = 0
    early!.addEventListener('message', () => received++)
    await waitFor(() => received >= 1, 'the server’s first frame')
    // What the page already holds (its offline copy) goes to the server in answer to the server's
    // first frame: lost, it would never be sent.
    const local = new Y.Doc()
    local.getMap('meta').set('note', 'made offline')
    const { doc, transport } = await editorOf(map, map.editToken, local)
    expect(titleOf(doc)).toBe('Opened early')
    expect(transport.connection().state).toBe('connected')
    expect(mapSockets(server)).toBe(1)
    expect(early!.readyState).toBe(WebSocket.OPEN)
    // The adopted socket carries edits both ways.
    const other = await colleagueOf(map, map.editToken)
    expect(other.doc.getMap('meta').get('note')).toBe('made offline')
    other.doc.getMap('meta').set('title', 'Renamed by a colleague')
    await waitFor(() => titleOf(doc) === 'Renamed by a colleague', 'the colleague’s edit')
    doc.getMap('meta').set('title', 'Renamed back')
    await waitFor(() => titleOf(other.doc) === 'Renamed back', 'the edit over the early socket')
  })

  it('is adopted while still connecting', async () => {
    browserGlobals()
    server = await startTestServer({ auth: true })
    const map = await createMapWithTokens(server.url, { title: 'Still connecting' })
    const early = openEarlySocket(socketUrl(server.wsUrl, map.id, { token: map.editToken }))
    expect(early!.readyState).toBe(WebSocket.CONNECTING)
    const { doc } = await editorOf(map, map.editToken)
    expect(titleOf(doc)).toBe('Still connecting')
    expect(mapSockets(server)).toBe(1)
    // Too late for another early socket there: the editor has its own.
    expect(openEarlySocket(socketUrl(server.wsUrl, map.id, { token: map.editToken }))).toBeNull()
  })

  it('is left alone for another address and closed when nobody claims it', async () => {
    browserGlobals()
    server = await startTestServer({ auth: true })
    const map = await createMapWithTokens(server.url, { title: 'Other token' })
    const early = openEarlySocket(socketUrl(server.wsUrl, map.id, { token: map.viewToken }), 300)
    const { doc } = await editorOf(map, map.editToken)
    expect(titleOf(doc)).toBe('Other token')
    expect(mapSockets(server)).toBe(2)
    await waitFor(() => early!.readyState === WebSocket.CLOSED, 'the unclaimed socket to close')
    // The editor's own socket is untouched.
    doc.getMap('meta').set('title', 'Still editing')
    const check = await colleagueOf(map, map.viewToken)
    await waitFor(() => titleOf(check.doc) === 'Still editing', 'the edit to reach the server')
  })

  it('is not adopted once the server has closed it: the editor connects anew and hears why', async () => {
    browserGlobals()
    server = await startTestServer({ auth: true })
    const map = await createMapWithTokens(server.url)
    const url = socketUrl(server.wsUrl, map.id, { token: 'not-a-token' })
    const early = openEarlySocket(url)
    await waitFor(() => early!.readyState === WebSocket.CLOSED, 'the refusal')
    const doc = new Y.Doc()
    const transport = websocketTransport(
      server.wsUrl,
      map.id,
      'not-a-token',
      false,
    )(doc, new Awareness(doc))
    cleanups.push(() => transport.destroy())
    await waitFor(() => transport.connection().state === 'closed', 'the editor’s own refusal')
    expect(transport.connection().reason).toMatch(/link/)
    expect(mapSockets(server)).toBe(2)
  })

  it('addresses the socket exactly as y-websocket does', () => {
    const doc = new Y.Doc()
    for (const params of [{}, { token: 'abc_-123' }, { token: 'a b&c=d', x: 'é' }]) {
      const provider = new WebsocketProvider('ws://127.0.0.1:1/sync/', 'map-id', doc, {
        connect: false,
        params,
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      })
      expect(socketUrl('ws://127.0.0.1:1/sync/', 'map-id', params)).toBe(provider.url)
      provider.destroy()
    }
  })
})

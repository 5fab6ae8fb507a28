// Graceful shutdown and restart of the real server process (what `npm start` runs): SIGTERM stops
// accepting, tells every client to come back (1012), saves every room and exits within its bound,
// even when a client never completes the closing handshake. Twenty editors lose nothing.

import type net from 'node:net'
import { afterEach, describe, expect, it, onTestFinished } from 'vitest'
import * as Y from 'yjs'
import { type TestClient, waitFor, waitSynced } from '../support/clients'
import { createMapOn, freePort, startTestServer, tempDbPath } from '../support/server'
import { firstCloseCode, rawSocket } from '../support/sockets'
import { trackResources } from '../support/tracked'

const tracked = trackResources()
afterEach(tracked.cleanup)
const start = tracked.start
const open = tracked.connect

const notes = (client: TestClient) => client.doc.getMap('notes')

describe('graceful shutdown', () => {
  it('closes clients with 1012, saves, and exits within its bound despite a stuck client', async () => {
    const dbPath = tempDbPath('shutdown')
    const server = await start({ TRAILMAP_DB: dbPath, TRAILMAP_SHUTDOWN_MS: '1000' })
    const mapId = await createMapOn(server.url)
    const editors = [open(server.wsUrl, mapId), open(server.wsUrl, mapId)]
    await Promise.all(editors.map((e) => waitSynced(e)))
    notes(editors[0]!).set('n1', new Y.Map([['text', 'saved on SIGTERM']]))
    await waitFor(() => notes(editors[1]!).has('n1'), 'the edit to reach the server')

    // A client that stops reading cannot complete the closing handshake.
    const stuck = rawSocket(server.wsUrl, mapId)
    await stuck.opened
    ;(stuck.ws as unknown as { _socket: net.Socket })._socket.pause()

    const codes = editors.map((e) => firstCloseCode(e))
    const signalled = Date.now()
    server.child.kill('SIGTERM')
    expect(await Promise.all(codes)).toEqual([1012, 1012])
    expect(await server.exited).toBe(0)
    const took = Date.now() - signalled
    expect(took).toBeLessThan(1000 + 3000)
    expect(server.stdout.some((line) => line.includes('"msg":"stopped"'))).toBe(true)

    for (const e of editors) e.provider.disconnect()
    const again = await start({ TRAILMAP_DB: dbPath })
    const reader = open(again.wsUrl, mapId)
    await waitSynced(reader)
    expect((notes(reader).get('n1') as Y.Map<string>).get('text')).toBe('saved on SIGTERM')
  })
})

describe('shutdown in process', () => {
  it('stops accepting connections as soon as it starts shutting down', async () => {
    const server = await startTestServer({ shutdownTimeoutMs: 500 })
    const mapId = await createMapOn(server.url)
    const editor = open(server.wsUrl, mapId)
    await waitSynced(editor)
    const code = firstCloseCode(editor)
    const closing = server.close()
    const late = rawSocket(server.wsUrl, mapId)
    await expect(late.opened).rejects.toThrow()
    expect(await code).toBe(1012)
    await closing
    const health = await fetch(`${server.url}healthz`).catch(() => null)
    expect(health).toBeNull()
  })
})

describe('restart', () => {
  it('twenty editors lose nothing across SIGTERM and a restart', async () => {
    const dbPath = tempDbPath('restart')
    const port = String(await freePort())
    const first = await start({ TRAILMAP_DB: dbPath, PORT: port })
    const mapId = await createMapOn(first.url)
    // Each y-websocket provider in Node adds a process 'exit' listener (to clear its presence);
    // 21 at once are expected here, not the leak Node's default limit of 10 warns about.
    const maxListeners = process.getMaxListeners()
    process.setMaxListeners(maxListeners + 21)
    onTestFinished(() => void process.setMaxListeners(maxListeners))
    const editors = Array.from({ length: 20 }, () => open(first.wsUrl, mapId))
    await Promise.all(editors.map((e) => waitSynced(e)))

    // Every editor writes 20 notes and the title, concurrently.
    editors.forEach((editor, index) => {
      editor.doc.transact(() => {
        for (let i = 0; i < 20; i++) {
          notes(editor).set(`e${index}-n${i}`, new Y.Map<unknown>([['text', `${index}/${i}`]]))
        }
      })
      editor.doc.getMap('meta').set('title', `title by ${index}`)
    })
    await waitFor(() => editors.every((e) => notes(e).size === 400), 'all 400 notes everywhere')

    first.child.kill('SIGTERM')
    expect(await first.exited).toBe(0)
    // While the server is down, everyone keeps editing offline (and stays away until told).
    await waitFor(() => editors.every((e) => !e.provider.wsconnected), 'everyone disconnected')
    for (const editor of editors) editor.provider.disconnect()
    editors.forEach((editor, index) => {
      notes(editor).set(`offline-${index}`, new Y.Map<unknown>([['text', 'offline']]))
    })

    // The restarted server has every edit it had received, before anyone reconnects...
    const second = await start({ TRAILMAP_DB: dbPath, PORT: port })
    const reader = open(second.wsUrl, mapId)
    await waitSynced(reader)
    const stored = [...notes(reader).keys()].filter((key) => !key.startsWith('offline-'))
    expect(stored).toHaveLength(400)

    // ...and the editors, reconnecting, bring their offline edits: all converge.
    for (const editor of editors) editor.provider.connect()
    await waitFor(
      () => [reader, ...editors].every((c) => notes(c).size === 420),
      'all 420 notes on every client after reconnecting',
      30_000,
    )
    const titles = new Set([reader, ...editors].map((c) => c.doc.getMap('meta').get('title')))
    expect(titles.size).toBe(1)
    const states = new Set(
      [reader, ...editors].map((c) => Buffer.from(Y.encodeStateVector(c.doc)).toString('hex')),
    )
    expect(states.size).toBe(1)
  })
})

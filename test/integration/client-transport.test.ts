// The editor's transport (src/collab/websocket-transport.ts) against the real server: its logs
// never carry the token (y-websocket's own handler logs the socket URL, query string included).
// Node has no `window`, `navigator` or global WebSocket: the test supplies the same globals a
// browser has (an EventTarget window, `ws` as WebSocket) — the transport's code runs unchanged.

import { afterEach, describe, expect, it, vi } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { Awareness } from 'y-protocols/awareness'
import { websocketTransport } from '../../src/collab/websocket-transport'
import { waitFor } from '../support/clients'
import { startTestServer, type TestServer } from '../support/server'
import { createMapWithTokens } from '../support/sockets'

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

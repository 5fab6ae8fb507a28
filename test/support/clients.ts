// Real y-websocket 3.x clients in Node (with `ws` as the WebSocket implementation), plus small
// waiting helpers. Integration tests talk to the server only through these.

import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { encodeSyncStep1 } from '../../server/sync/messages'

export interface TestClient {
  doc: Y.Doc
  provider: WebsocketProvider
  destroy(): void
}

export function connectClient(
  wsUrl: string,
  mapId: string,
  options: { connect?: boolean; doc?: Y.Doc } = {},
): TestClient {
  const doc = options.doc ?? new Y.Doc()
  const provider = new WebsocketProvider(wsUrl, mapId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    connect: options.connect ?? true,
    disableBc: true,
  })
  return {
    doc,
    provider,
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
}

export async function waitFor(
  check: () => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

export async function waitSynced(client: TestClient, timeoutMs = 10_000) {
  await waitFor(() => client.provider.synced, 'the client to sync', timeoutMs)
}

/** Resolves with the close code the server sent when the provider gave up for good. */
export function closedCode(client: TestClient, timeoutMs = 10_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('provider was not closed')), timeoutMs)
    client.provider.on('closed', (event) => {
      clearTimeout(timer)
      resolve(event.code)
    })
  })
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Waits until the server has handled everything this client sent so far, and this client has
 * received everything the server sent it before: a SyncStep1 goes out on the client's socket and
 * the server's SyncStep2 answer comes back behind all of it (each socket is handled in order).
 * Tests that assert that something did NOT happen wait for this instead of sleeping.
 */
export async function clientBarrier(client: TestClient, timeoutMs = 10_000): Promise<void> {
  const ws = client.provider.ws as unknown as WebSocket | null
  if (!ws || ws.readyState !== WebSocket.OPEN) throw new Error('the client is not connected')
  const answered = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      ws.removeEventListener('message', onMessage)
      reject(new Error('the barrier was not answered'))
    }, timeoutMs)
    function onMessage(event: { data: unknown }) {
      const frame = new Uint8Array(event.data as ArrayBuffer)
      // messageSync (0), SyncStep2 (1)
      if (frame[0] === 0 && frame[1] === 1) {
        clearTimeout(timer)
        ws!.removeEventListener('message', onMessage)
        resolve()
      }
    }
    ws.addEventListener('message', onMessage)
  })
  ws.send(encodeSyncStep1(Y.encodeStateVector(client.doc)))
  await answered
}

/** `waitFor` for checks that need to await (a store read, a file on disk). */
export async function waitUntil(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

// Clients for the access-control, limits and fuzz suites: y-websocket 3.1 providers that pass a
// token (`params: { token }`, as the browser will), raw `ws` sockets that record every frame and
// the close, maps created with their tokens, and a reader for `/metrics`.

import WebSocket from 'ws'
import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import { WebsocketProvider } from 'y-websocket'
import { encodeSyncStep1 } from '../../server/sync/messages'
import type { TestClient } from './clients'

export interface CreatedMap {
  id: string
  title: string
  editToken: string
  viewToken: string
  commentToken: string
}

export async function createMapWithTokens(
  baseUrl: string,
  body: Record<string, unknown> = { title: 'Test journey' },
): Promise<CreatedMap> {
  const res = await fetch(`${baseUrl}api/maps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (res.status !== 201) throw new Error(`create map failed: ${res.status} ${await res.text()}`)
  return (await res.json()) as CreatedMap
}

export interface ClientOptions {
  token?: string
  connect?: boolean
  doc?: Y.Doc
}

/** An unmodified y-websocket client that sends `token` the way the editor does. */
export function connectWithToken(
  wsUrl: string,
  mapId: string,
  options: ClientOptions = {},
): TestClient {
  const doc = options.doc ?? new Y.Doc()
  const provider = new WebsocketProvider(wsUrl, mapId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    connect: options.connect ?? true,
    disableBc: true,
    params: options.token === undefined ? {} : { token: options.token },
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

/** The close code of the provider's first closed connection (retried or not). */
export function firstCloseCode(client: TestClient, timeoutMs = 10_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the connection was not closed')), timeoutMs)
    client.provider.once('connection-close', (event) => {
      clearTimeout(timer)
      resolve(event?.code ?? -1)
    })
  })
}

export interface RawSocket {
  ws: WebSocket
  opened: Promise<void>
  closed: Promise<{ code: number; reason: string }>
  /** Every binary frame received, in order. */
  frames: Uint8Array[]
  isClosed(): boolean
}

export function rawSocket(wsUrl: string, mapId: string, token?: string): RawSocket {
  const query = token === undefined ? '' : `?token=${encodeURIComponent(token)}`
  const ws = new WebSocket(`${wsUrl}/${mapId}${query}`)
  ws.binaryType = 'arraybuffer'
  const frames: Uint8Array[] = []
  let done = false
  ws.on('message', (data: ArrayBuffer) => frames.push(new Uint8Array(data)))
  ws.on('error', () => undefined)
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => {
      done = true
      resolve({ code, reason: reason.toString() })
    }),
  )
  const opened = new Promise<void>((resolve, reject) => {
    ws.on('open', () => resolve())
    void closed.then((c) => reject(new Error(`closed before opening: ${c.code}`)))
  })
  opened.catch(() => undefined)
  return { ws, opened, closed, frames, isClosed: () => done }
}

/** Message type and, for sync messages, the step of a frame the server sent. */
export function kindOf(frame: Uint8Array): string {
  const decoder = decoding.createDecoder(frame)
  const type = decoding.readVarUint(decoder)
  if (type === 0)
    return ['sync-step1', 'sync-step2', 'sync-update'][decoding.readVarUint(decoder)] ?? '?'
  // Auth: y-protocols' permission denied (0), and Trailmap's save status (1) and role (2).
  if (type === 2) return ['auth', 'save-status', 'role'][decoding.readVarUint(decoder)] ?? '?'
  return ['sync', 'awareness', 'auth', 'query-awareness'][type] ?? `type-${type}`
}

/** The reason of a y-protocols auth "permission denied" frame. */
export function permissionDeniedReason(frame: Uint8Array): string | null {
  const decoder = decoding.createDecoder(frame)
  if (decoding.readVarUint(decoder) !== 2 || decoding.readVarUint(decoder) !== 0) return null
  return decoding.readVarString(decoder)
}

/** One sample of `/metrics`: `value('name{label="x"}')`, 0 when absent. */
export async function scrapeMetrics(baseUrl: string) {
  const res = await fetch(`${baseUrl}metrics`)
  const text = await res.text()
  const samples = new Map<string, number>()
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue
    const at = line.lastIndexOf(' ')
    samples.set(line.slice(0, at), Number(line.slice(at + 1)))
  }
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    text,
    value: (name: string) => samples.get(name) ?? 0,
  }
}

/**
 * Waits until the server has handled everything this socket sent so far: frames are handled in
 * order, so the answer to a SyncStep1 sent now comes after all of them.
 */
export async function rawBarrier(socket: RawSocket, timeoutMs = 10_000): Promise<void> {
  const seen = socket.frames.filter((f) => kindOf(f) === 'sync-step2').length
  socket.ws.send(encodeSyncStep1(new Uint8Array([0])))
  const deadline = Date.now() + timeoutMs
  while (socket.frames.filter((f) => kindOf(f) === 'sync-step2').length <= seen) {
    if (socket.isClosed()) throw new Error('the socket closed before the barrier answered')
    if (Date.now() > deadline) throw new Error('the barrier was not answered')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

// Official y-websocket 3.1 clients (in this process, `ws` as the WebSocket) and small helpers for
// timing: percentiles, sleeping, waiting with a deadline.

import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import type { BenchRoom, BenchServer } from './servers'

export interface BenchClient {
  doc: Y.Doc
  provider: WebsocketProvider
  destroy(): void
}

export function connect(server: BenchServer, room: BenchRoom): BenchClient {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(server.wsUrl, room.name, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: room.params,
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

/** Connects `count` clients, `batch` at a time, each batch waiting until its clients synced. */
export async function connectMany(
  server: BenchServer,
  rooms: readonly BenchRoom[],
  perRoom: number,
  batch = 50,
): Promise<BenchClient[]> {
  const plan = rooms.flatMap((room) => Array.from({ length: perRoom }, () => room))
  const clients: BenchClient[] = []
  for (let i = 0; i < plan.length; i += batch) {
    const group = plan.slice(i, i + batch).map((room) => connect(server, room))
    clients.push(...group)
    await waitFor(() => group.every((c) => c.provider.synced), 'clients to sync', 60_000)
  }
  return clients
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function waitFor(check: () => boolean, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(5)
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index] ?? NaN
}

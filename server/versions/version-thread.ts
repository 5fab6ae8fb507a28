// One worker thread for the heavy half of versions (replicas.ts, version-ops.ts), started with
// the server: the event loop that serves every room only reads rows, sends the worker what a
// room has beyond the worker's copy of it, and applies small results. Jobs run one at a time.

import { Worker } from 'node:worker_threads'
import type { MapSummary } from '../../src/domain/summary'
import type { ChangeEntry } from '../../src/domain/versions/change-list'
import type { MapSource } from './replicas'
import type { Captured, RestorePlan } from './version-ops'
import type { VersionJob } from './version-worker'

/** The worker has no copy of the map to apply an increment to: send the stored parts. */
export class ReplicaMissingError extends Error {}

export interface VersionThread {
  /** The state vector of the worker's copy of the map, if it has one. */
  vectorOf(mapId: string): Uint8Array | null
  capture(mapId: string, source: MapSource): Promise<Captured & { snapshot: number }>
  /** The captured map is version `versionId` (kept for "what changed since" it). */
  remember(snapshot: number, versionId: number): void
  json(versionId: number, state: Uint8Array): Promise<string>
  changes(
    mapId: string,
    source: MapSource,
    versionId: number,
    state: Uint8Array,
  ): Promise<ChangeEntry[]>
  restore(
    mapId: string,
    source: MapSource,
    versionId: number,
    state: Uint8Array,
  ): Promise<RestorePlan>
  /** Drops the worker's copy (the room refused what the worker computed on it). */
  forget(mapId: string): void
  fork(
    versionId: number,
    state: Uint8Array,
    title: string | undefined,
    fallbackTitle: string,
  ): Promise<{ title: string; state: Uint8Array; summary: MapSummary | null }>
  /** Starts the thread now (loading its code takes a moment), so the first version is quick. */
  warm(): void
  close(): Promise<void>
}

interface Waiting {
  resolve: (result: unknown) => void
  reject: (error: Error) => void
  mapId: string | null
}

interface Reply {
  id: number
  ok: boolean
  result?: unknown
  vector?: Uint8Array | null
  missing?: boolean
  error?: string
}

export function versionThread(): VersionThread {
  let worker: Worker | null = null
  let next = 0
  const waiting = new Map<number, Waiting>()
  const vectors = new Map<string, Uint8Array>()

  function start(): Worker {
    // Worker threads do not inherit the tsx loader the server runs under: the boot file
    // registers it before loading the worker's TypeScript.
    const started = new Worker(new URL('./version-worker-boot.mjs', import.meta.url), {
      execArgv: [],
    })
    started.unref()
    started.on('message', (message: Reply) => {
      const pending = waiting.get(message.id)
      waiting.delete(message.id)
      if (pending?.mapId) {
        if (message.vector) vectors.set(pending.mapId, message.vector)
        else if (!message.ok) vectors.delete(pending.mapId)
      }
      if (message.ok) pending?.resolve(message.result)
      else if (message.missing) pending?.reject(new ReplicaMissingError(message.error))
      else pending?.reject(new Error(message.error ?? 'the version job failed'))
    })
    started.on('error', (error) => {
      for (const pending of waiting.values()) pending.reject(error)
      waiting.clear()
      vectors.clear()
      worker = null
    })
    return started
  }

  function post<T>(job: VersionJob): Promise<T> {
    worker ??= start()
    const id = next++
    const mapId = 'mapId' in job ? job.mapId : null
    const promise = new Promise<T>((resolve, reject) =>
      waiting.set(id, { resolve: resolve as (result: unknown) => void, reject, mapId }),
    )
    worker.postMessage({ id, job })
    return promise
  }

  /** Posts a job nobody waits for: closing the thread must not reject it into the void. A
   *  failure still shows, on the next job that needs what this one kept or dropped. */
  function tell(job: VersionJob): void {
    worker ??= start()
    worker.postMessage({ id: next++, job })
  }

  return {
    vectorOf: (mapId) => vectors.get(mapId) ?? null,
    capture: (mapId, source) => post({ op: 'capture', mapId, source }),
    remember: (snapshot, versionId) => tell({ op: 'remember', snapshot, versionId }),
    json: (versionId, state) => post({ op: 'json', versionId, state }),
    changes: (mapId, source, versionId, state) =>
      post({ op: 'changes', mapId, source, versionId, state }),
    restore: (mapId, source, versionId, state) =>
      post({ op: 'restore', mapId, source, versionId, state }),
    forget(mapId) {
      vectors.delete(mapId)
      tell({ op: 'forget', mapId })
    },
    fork: (versionId, state, title, fallbackTitle) =>
      post({ op: 'fork', versionId, state, title, fallbackTitle }),
    warm() {
      worker ??= start()
    },
    async close() {
      const running = worker
      worker = null
      for (const pending of waiting.values()) pending.reject(new Error('the server closed'))
      waiting.clear()
      vectors.clear()
      if (running) await running.terminate()
    },
  }
}

// One worker thread for the heavy half of versions (version-ops.ts), started on first use and
// ended with the server: the event loop that serves every room only reads rows and applies small
// results. Jobs run one at a time, in order.

import { Worker } from 'node:worker_threads'
import type { ChangeEntry } from '../../src/domain/versions/change-list'
import type { MapSummary } from '../../src/domain/summary'
import type { Captured, RestorePlan } from './version-ops'
import type { VersionJob } from './version-worker'

export interface VersionThread {
  capture(parts: Uint8Array[]): Promise<Captured>
  json(state: Uint8Array): Promise<string>
  changes(state: Uint8Array, parts: Uint8Array[]): Promise<ChangeEntry[]>
  restore(state: Uint8Array, parts: Uint8Array[]): Promise<RestorePlan>
  fork(
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
}

export function versionThread(): VersionThread {
  let worker: Worker | null = null
  let next = 0
  const waiting = new Map<number, Waiting>()

  function start(): Worker {
    // Worker threads do not inherit the tsx loader the server runs under: the boot file
    // registers it before loading the worker's TypeScript.
    const started = new Worker(new URL('./version-worker-boot.mjs', import.meta.url), {
      execArgv: [],
    })
    started.unref()
    started.on(
      'message',
      (message: { id: number; ok: boolean; result?: unknown; error?: string }) => {
        const pending = waiting.get(message.id)
        waiting.delete(message.id)
        if (message.ok) pending?.resolve(message.result)
        else pending?.reject(new Error(message.error ?? 'the version job failed'))
      },
    )
    started.on('error', (error) => {
      for (const pending of waiting.values()) pending.reject(error)
      waiting.clear()
      worker = null
    })
    return started
  }

  function post<T>(job: VersionJob): Promise<T> {
    worker ??= start()
    const id = next++
    const promise = new Promise<T>((resolve, reject) =>
      waiting.set(id, { resolve: resolve as (result: unknown) => void, reject }),
    )
    worker.postMessage({ id, job })
    return promise
  }

  return {
    capture: (parts) => post({ op: 'capture', parts }),
    json: (state) => post({ op: 'json', state }),
    changes: (state, parts) => post({ op: 'changes', state, parts }),
    restore: (state, parts) => post({ op: 'restore', state, parts }),
    fork: (state, title, fallbackTitle) => post({ op: 'fork', state, title, fallbackTitle }),
    warm() {
      worker ??= start()
    },
    async close() {
      const running = worker
      worker = null
      for (const pending of waiting.values()) pending.reject(new Error('the server closed'))
      waiting.clear()
      if (running) await running.terminate()
    },
  }
}

// One worker thread that folds maps (fold-worker.mjs), started on first use and ended with the
// store. Folds are queued in the worker; each call resolves when its fold is written.

import { Worker } from 'node:worker_threads'

export interface FoldThread {
  fold(mapId: string, uptoSeq: number): Promise<void>
  /** Folds started and not yet finished (the main connection then avoids waiting on locks). */
  readonly busy: number
  close(): Promise<void>
}

export function foldThread(file: string): FoldThread {
  let worker: Worker | null = null
  let next = 0
  const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>()

  function start(): Worker {
    const started = new Worker(new URL('./fold-worker.mjs', import.meta.url), { execArgv: [] })
    started.unref()
    started.on('message', (message: { id: number; ok: boolean; error?: string }) => {
      const pending = waiting.get(message.id)
      waiting.delete(message.id)
      if (message.ok) pending?.resolve()
      else pending?.reject(new Error(message.error ?? 'fold failed'))
    })
    started.on('error', (error) => {
      for (const pending of waiting.values()) pending.reject(error)
      waiting.clear()
      worker = null
    })
    return started
  }

  return {
    fold(mapId, uptoSeq) {
      worker ??= start()
      const id = next++
      const promise = new Promise<void>((resolve, reject) => waiting.set(id, { resolve, reject }))
      worker.postMessage({ id, file, mapId, uptoSeq })
      return promise
    },
    get busy() {
      return waiting.size
    },
    async close() {
      const running = worker
      worker = null
      if (running) await running.terminate()
    },
  }
}

// One worker thread that folds parts into a snapshot for the PostgreSQL log (fold-worker.mjs),
// started on first use and ended with the store.

import { Worker } from 'node:worker_threads'

export interface PartsFolder {
  fold(parts: Uint8Array[]): Promise<Uint8Array>
  close(): Promise<void>
}

export function partsFoldThread(): PartsFolder {
  let worker: Worker | null = null
  let next = 0
  const waiting = new Map<
    number,
    { resolve: (state: Uint8Array) => void; reject: (error: Error) => void }
  >()

  function start(): Worker {
    const started = new Worker(new URL('./fold-worker.mjs', import.meta.url), { execArgv: [] })
    started.unref()
    started.on(
      'message',
      (message: { id: number; ok: boolean; state?: Uint8Array; error?: string }) => {
        const pending = waiting.get(message.id)
        waiting.delete(message.id)
        if (message.ok && message.state) pending?.resolve(message.state)
        else pending?.reject(new Error(message.error ?? 'fold failed'))
      },
    )
    started.on('error', (error) => {
      for (const pending of waiting.values()) pending.reject(error)
      waiting.clear()
      worker = null
    })
    return started
  }

  return {
    fold(parts) {
      worker ??= start()
      const id = next++
      const promise = new Promise<Uint8Array>((resolve, reject) =>
        waiting.set(id, { resolve, reject }),
      )
      worker.postMessage({ id, parts })
      return promise
    },
    async close() {
      const running = worker
      worker = null
      for (const pending of waiting.values()) pending.reject(new Error('the store closed'))
      waiting.clear()
      if (running) await running.terminate()
    },
  }
}

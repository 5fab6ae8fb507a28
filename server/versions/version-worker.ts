// The worker thread's side of version-thread.ts: runs one of version-ops.ts's functions per
// message and answers with its result (or the error's message). Started with tsx's loader.

import { parentPort } from 'node:worker_threads'
import * as ops from './version-ops'

export type VersionJob =
  | { op: 'capture'; parts: Uint8Array[] }
  | { op: 'json'; state: Uint8Array }
  | { op: 'changes'; state: Uint8Array; parts: Uint8Array[] }
  | { op: 'restore'; state: Uint8Array; parts: Uint8Array[] }
  | { op: 'fork'; state: Uint8Array; title: string | undefined; fallbackTitle: string }

function run(job: VersionJob): unknown {
  switch (job.op) {
    case 'capture':
      return ops.captureParts(job.parts)
    case 'json':
      return ops.versionJson(job.state)
    case 'changes':
      return ops.changesSince(job.state, job.parts)
    case 'restore':
      return ops.planRestore(job.state, job.parts)
    case 'fork':
      return ops.forkState(job.state, job.title, job.fallbackTitle)
  }
}

parentPort?.on('message', ({ id, job }: { id: number; job: VersionJob }) => {
  try {
    parentPort?.postMessage({ id, ok: true, result: run(job) })
  } catch (error) {
    parentPort?.postMessage({
      id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    })
  }
})

// The worker thread's side of version-thread.ts: runs one job per message on the warm copies
// (replicas.ts) or version-ops.ts, and answers with its result, the copy's new state vector, or
// the error's message ("missing" when the copy must be rebuilt from the stored parts).

import { parentPort } from 'node:worker_threads'
import type { JourneyMap } from '../../src/domain/types'
import { ReplicaMissing, Replicas, type MapSource } from './replicas'
import * as ops from './version-ops'

export type VersionJob =
  | { op: 'capture'; mapId: string; source: MapSource }
  | { op: 'remember'; snapshot: number; versionId: number }
  | { op: 'json'; versionId: number; state: Uint8Array }
  | { op: 'changes'; mapId: string; source: MapSource; versionId: number; state: Uint8Array }
  | { op: 'restore'; mapId: string; source: MapSource; versionId: number; state: Uint8Array }
  | { op: 'forget'; mapId: string }
  | {
      op: 'fork'
      versionId: number
      state: Uint8Array
      title: string | undefined
      fallbackTitle: string
    }

const replicas = new Replicas()
/** Maps just captured, until their version has an id (a few at most). */
const snapshots = new Map<number, JourneyMap>()
let nextSnapshot = 0

function run(job: VersionJob): unknown {
  switch (job.op) {
    case 'capture': {
      const { captured, map } = replicas.capture(job.mapId, job.source)
      const snapshot = nextSnapshot++
      snapshots.set(snapshot, map)
      if (snapshots.size > 8) snapshots.delete(snapshots.keys().next().value!)
      return { ...captured, snapshot }
    }
    case 'remember': {
      const map = snapshots.get(job.snapshot)
      snapshots.delete(job.snapshot)
      if (map) replicas.remember(job.versionId, map)
      return null
    }
    case 'json':
      return ops.serializeVersion(replicas.versionMap(job.versionId, job.state))
    case 'changes':
      return replicas.changes(job.mapId, job.source, job.versionId, job.state)
    case 'restore':
      return replicas.restore(job.mapId, job.source, job.versionId, job.state)
    case 'forget':
      replicas.forget(job.mapId)
      return null
    case 'fork':
      return ops.forkState(
        replicas.versionMap(job.versionId, job.state),
        job.title,
        job.fallbackTitle,
      )
  }
}

parentPort?.on('message', ({ id, job }: { id: number; job: VersionJob }) => {
  try {
    const result = run(job)
    const vector = 'mapId' in job && job.op !== 'forget' ? replicas.vectorOf(job.mapId) : null
    parentPort?.postMessage({ id, ok: true, result, vector })
  } catch (error) {
    parentPort?.postMessage({
      id,
      ok: false,
      missing: error instanceof ReplicaMissing,
      error: error instanceof Error ? error.message : String(error),
    })
  }
})

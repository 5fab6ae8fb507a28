// Warm copies of open maps inside the version worker. Reading a 5,000-card map out of its stored
// state costs ~450 ms (apply 250, read 200); a copy that is kept up to date by small increments
// (what the room has beyond the copy's state vector, a few ms) and read through the codec's
// incremental mirror answers in tens of milliseconds. Versions' contents are cached by id too.
// A restore writes on the copy and the room applies the same update, so the copy stays a copy.

import * as Y from 'yjs'
import { commitMap, mirrorDoc, upgradeDoc, fromY, type DocMirror } from '../../src/collab/codec'
import { messagesFor } from '../../src/domain/i18n'
import { mapCounts } from '../../src/domain/summary'
import type { JourneyMap } from '../../src/domain/types'
import { changeEntries, type ChangeEntry } from '../../src/domain/versions/change-list'
import { diffMaps } from '../../src/domain/versions/diff'
import { SERVER_ORIGIN } from '../maps/edit-doc'
import type { Captured, RestorePlan } from './version-ops'

/** Where a job's map comes from: everything stored, or what the live room has beyond the copy. */
export type MapSource =
  { kind: 'parts'; parts: Uint8Array[] } | { kind: 'increment'; update: Uint8Array }

/** The copy was dropped (or never made): the job must be sent again with the stored parts. */
export class ReplicaMissing extends Error {}

interface Replica {
  doc: Y.Doc
  mirror: DocMirror
}

const MAX_REPLICAS = 4
const MAX_VERSIONS = 8

export class Replicas {
  private readonly replicas = new Map<string, Replica>()
  private readonly versions = new Map<number, JourneyMap>()

  /** The copy of the map brought up to `source`, most recently used last. */
  private replica(mapId: string, source: MapSource): Replica {
    let replica = this.replicas.get(mapId)
    if (source.kind === 'parts') {
      this.forget(mapId)
      const doc = new Y.Doc({ gc: true })
      for (const part of source.parts) Y.applyUpdate(doc, part)
      replica = { doc, mirror: mirrorDoc(doc) }
    } else {
      if (!replica) throw new ReplicaMissing(mapId)
      Y.applyUpdate(replica.doc, source.update)
    }
    this.replicas.delete(mapId)
    this.replicas.set(mapId, replica)
    while (this.replicas.size > MAX_REPLICAS) this.forget(this.replicas.keys().next().value!)
    return replica
  }

  forget(mapId: string) {
    const replica = this.replicas.get(mapId)
    this.replicas.delete(mapId)
    replica?.mirror.destroy()
    replica?.doc.destroy()
  }

  vectorOf(mapId: string): Uint8Array | null {
    const replica = this.replicas.get(mapId)
    return replica ? Y.encodeStateVector(replica.doc) : null
  }

  /** A version's content, decoded once and kept (versions never change). */
  versionMap(versionId: number, state: Uint8Array): JourneyMap {
    const cached = this.versions.get(versionId)
    if (cached) return cached
    const doc = new Y.Doc()
    let map: JourneyMap
    try {
      Y.applyUpdate(doc, state)
      // A version saved by an older Trailmap is read in this one's format.
      upgradeDoc(doc, null)
      map = fromY(doc)
    } finally {
      doc.destroy()
    }
    this.remember(versionId, map)
    return map
  }

  /** Keeps `map` as the content of the version (the map just captured, once it has an id). */
  remember(versionId: number, map: JourneyMap) {
    this.versions.set(versionId, map)
    while (this.versions.size > MAX_VERSIONS)
      this.versions.delete(this.versions.keys().next().value!)
  }

  capture(mapId: string, source: MapSource): { captured: Captured; map: JourneyMap } {
    const { doc, mirror } = this.replica(mapId, source)
    const map = mirror.get()
    return { captured: { state: Y.encodeStateAsUpdate(doc), counts: mapCounts(map) }, map }
  }

  changes(mapId: string, source: MapSource, versionId: number, state: Uint8Array): ChangeEntry[] {
    const now = this.replica(mapId, source).mirror.get()
    // The API's words are English (the page words its own list in its language).
    return changeEntries(diffMaps(this.versionMap(versionId, state), now), messagesFor('en'))
  }

  /**
   * Writes the version over the copy (one diff write) and returns that write as an update for the
   * room, with the state it replaced. Edits that reach the room meanwhile merge with it.
   */
  restore(mapId: string, source: MapSource, versionId: number, state: Uint8Array): RestorePlan {
    const target = this.versionMap(versionId, state)
    const { doc, mirror } = this.replica(mapId, source)
    const current = mirror.get()
    const before = { state: Y.encodeStateAsUpdate(doc), counts: mapCounts(current) }
    // The write as one update: everything past the copy's state before it (updates are never
    // merged on the server, see PITFALLS).
    const vector = Y.encodeStateVector(doc)
    let changed = false
    const onUpdate = () => (changed = true)
    doc.on('update', onUpdate)
    try {
      commitMap(doc, current, target, SERVER_ORIGIN)
    } finally {
      doc.off('update', onUpdate)
    }
    return { before, update: changed ? Y.encodeStateAsUpdate(doc, vector) : null }
  }
}

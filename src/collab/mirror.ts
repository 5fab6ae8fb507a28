// Keeps an immutable JourneyMap in step with a Y.Doc, rebuilding only the records a transaction
// touched. Unchanged records keep their object identity, so React Flow and memoised cards skip
// them, and a remote edit of one card costs O(changed) plus one pass over the edges.

import type * as Y from 'yjs'
import type { Edge, JourneyMap, Note, Phase, Touchpoint } from '../domain/types'
import {
  EDGES,
  META,
  NOTES,
  PHASES,
  TOUCHPOINTS,
  collectionOf,
  metaOf,
  type RecordCollection,
} from './doc-layout'
import { putOwn } from './own'
import {
  isLiveEdge,
  readCollection,
  readMeta,
  readPhases,
  readRecord,
  withKnownPhase,
} from './read-doc'

type Listener = (map: JourneyMap, origin: unknown) => void

export interface DocMirror {
  get(): JourneyMap
  subscribe(listener: Listener): () => void
  destroy(): void
}

export function mirrorDoc(doc: Y.Doc): DocMirror {
  // The raw records as stored (edges before the dangling-reference filter), so that a card that
  // comes back (undo of a delete) brings its edges back too. The snapshot is derived from them.
  let rawTouchpoints = readCollection<Touchpoint>(doc, TOUCHPOINTS)
  let rawEdges = readCollection<Edge>(doc, EDGES)
  const phases = readPhases(doc)
  const touchpoints = validTouchpoints(rawTouchpoints, phases)
  let current: JourneyMap = {
    meta: readMeta(doc),
    phases,
    touchpoints,
    edges: liveEdges(rawEdges, touchpoints),
    notes: readCollection<Note>(doc, NOTES),
  }
  const listeners = new Set<Listener>()

  const onAfterTransaction = (transaction: Y.Transaction) => {
    const changed = changedRecordIds(doc, transaction)
    if (changed.size === 0) return
    let { meta, phases, touchpoints, edges, notes } = current
    if (changed.has(META)) meta = readMeta(doc)
    const phasesChanged = changed.has(PHASES)
    if (phasesChanged) phases = reusePhases(current.phases, readPhases(doc), changed.get(PHASES))
    const touchedTp = changed.get(TOUCHPOINTS)
    if (touchedTp || phasesChanged) {
      if (touchedTp) rawTouchpoints = patchCollection(doc, TOUCHPOINTS, rawTouchpoints, touchedTp)
      touchpoints = validTouchpoints(rawTouchpoints, phases)
    }
    const touchedEdges = changed.get(EDGES)
    if (touchedEdges || touchpoints !== current.touchpoints) {
      if (touchedEdges) rawEdges = patchCollection(doc, EDGES, rawEdges, touchedEdges)
      edges = liveEdges(rawEdges, touchpoints)
    }
    const touchedNotes = changed.get(NOTES)
    if (touchedNotes) notes = patchCollection(doc, NOTES, notes, touchedNotes)
    current = { meta, phases, touchpoints, edges, notes }
    for (const listener of listeners) listener(current, transaction.origin)
  }
  doc.on('afterTransaction', onAfterTransaction)

  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    destroy() {
      doc.off('afterTransaction', onAfterTransaction)
      listeners.clear()
    },
  }
}

/** Which records of which collection a transaction changed ('meta' → an empty set). */
function changedRecordIds(doc: Y.Doc, transaction: Y.Transaction) {
  const out = new Map<string, Set<string> | undefined>()
  const meta: unknown = metaOf(doc)
  for (const [type, keys] of transaction.changed) {
    if (type === meta) {
      out.set(META, undefined)
      continue
    }
    for (const name of [PHASES, TOUCHPOINTS, EDGES, NOTES] as const) {
      const collection: unknown = collectionOf(doc, name)
      let ids = out.get(name)
      if (type === collection) {
        // Records added or removed: the changed keys are their ids.
        for (const key of keys) if (key !== null) (ids ??= new Set()).add(key)
      } else if (type.parent === collection) {
        // A field of one record changed: find the record's id in its parent.
        const id = type._item?.parentSub
        if (id) (ids ??= new Set()).add(id)
      } else continue
      out.set(name, ids)
    }
  }
  return out as Map<string, Set<string>>
}

function patchCollection<T extends { id: string }>(
  doc: Y.Doc,
  name: RecordCollection,
  previous: Readonly<Record<string, T>>,
  ids: ReadonlySet<string>,
): Record<string, T> {
  const collection = collectionOf(doc, name)
  const next: Record<string, T> = { ...previous }
  for (const id of ids) {
    const record = collection.get(id)
    if (record && typeof record === 'object' && 'entries' in record) {
      putOwn(next, id, readRecord<T>(id, record))
    } else delete next[id]
  }
  return next
}

function reusePhases(previous: readonly Phase[], next: Phase[], touched?: ReadonlySet<string>) {
  const byId = new Map(previous.map((phase) => [phase.id, phase]))
  const phases = next.map((phase) =>
    touched?.has(phase.id) ? phase : (byId.get(phase.id) ?? phase),
  )
  const same = phases.length === previous.length && phases.every((p, i) => p === previous[i])
  return same ? previous : phases
}

/** Derived (unassigned) copies are cached per raw record, so they too keep their identity. */
const unassignedCopies = new WeakMap<Touchpoint, Touchpoint>()

function validTouchpoints(raw: Readonly<Record<string, Touchpoint>>, phases: readonly Phase[]) {
  const phaseIds = new Set(phases.map((phase) => phase.id))
  const out: Record<string, Touchpoint> = {}
  for (const [id, touchpoint] of Object.entries(raw)) {
    let valid = withKnownPhase(touchpoint, phaseIds)
    if (valid !== touchpoint) {
      valid = unassignedCopies.get(touchpoint) ?? valid
      unassignedCopies.set(touchpoint, valid)
    }
    putOwn(out, id, valid)
  }
  return out
}

function liveEdges(
  raw: Readonly<Record<string, Edge>>,
  touchpoints: Readonly<Record<string, Touchpoint>>,
) {
  const out: Record<string, Edge> = {}
  for (const [id, edge] of Object.entries(raw)) {
    if (isLiveEdge(edge, touchpoints)) putOwn(out, id, edge)
  }
  return out
}

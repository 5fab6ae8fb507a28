// Y.Doc → JourneyMap. The snapshot is always a valid map even when concurrent edits left the doc
// with a dangling reference (an edge drawn to a card someone deleted at the same moment): such
// edges are left out, and a card whose phase vanished is shown unassigned. The doc keeps them, so
// undoing the delete brings them back.

import type * as Y from 'yjs'
import type { Edge, JourneyMap, MapMeta, Note, Phase, Touchpoint } from '../domain/types'
import {
  EDGES,
  NOTES,
  ORDER_KEY,
  PHASES,
  TOUCHPOINTS,
  collectionOf,
  metaOf,
  type RecordCollection,
  type YRecord,
} from './doc-layout'
import { hasOwn, putOwn } from './own'

type Plain = Record<string, unknown>

export function readRecord<T>(id: string, record: YRecord): T {
  const plain: Plain = {}
  for (const [key, value] of record.entries()) if (key !== ORDER_KEY) putOwn(plain, key, value)
  plain.id = id
  return plain as T
}

export function readMeta(doc: Y.Doc): MapMeta {
  const meta: Plain = { title: '', description: '' }
  for (const [key, value] of metaOf(doc).entries()) putOwn(meta, key, value)
  return meta as unknown as MapMeta
}

export function phaseOrderOf(record: YRecord): number {
  const order = record.get(ORDER_KEY)
  return typeof order === 'number' && Number.isFinite(order) ? order : 0
}

export function readPhases(doc: Y.Doc): Phase[] {
  const entries = [...collectionOf(doc, PHASES).entries()].filter(([, r]) => isRecord(r))
  entries.sort(([idA, a], [idB, b]) => phaseOrderOf(a) - phaseOrderOf(b) || compareIds(idA, idB))
  return entries.map(([id, record]) => readRecord<Phase>(id, record))
}

/** Records sorted by id, so every client (and every export) lists them in the same order. */
export function readCollection<T>(doc: Y.Doc, name: RecordCollection): Record<string, T> {
  const entries = [...collectionOf(doc, name).entries()].filter(([, r]) => isRecord(r))
  entries.sort(([a], [b]) => compareIds(a, b))
  const out: Record<string, T> = {}
  for (const [id, record] of entries) putOwn(out, id, readRecord<T>(id, record))
  return out
}

export function fromY(doc: Y.Doc): JourneyMap {
  const phases = readPhases(doc)
  const phaseIds = new Set(phases.map((p) => p.id))
  const touchpoints = readCollection<Touchpoint>(doc, TOUCHPOINTS)
  for (const [id, touchpoint] of Object.entries(touchpoints)) {
    putOwn(touchpoints, id, withKnownPhase(touchpoint, phaseIds))
  }
  const edges = readCollection<Edge>(doc, EDGES)
  for (const [id, edge] of Object.entries(edges)) {
    if (!isLiveEdge(edge, touchpoints)) delete edges[id]
  }
  return {
    meta: readMeta(doc),
    phases,
    touchpoints,
    edges,
    notes: readCollection<Note>(doc, NOTES),
  }
}

export function withKnownPhase(touchpoint: Touchpoint, phaseIds: ReadonlySet<string>): Touchpoint {
  return touchpoint.phaseId !== null && !phaseIds.has(touchpoint.phaseId)
    ? { ...touchpoint, phaseId: null }
    : touchpoint
}

export function isLiveEdge(edge: Edge, touchpoints: Readonly<Record<string, Touchpoint>>) {
  return (
    hasOwn(touchpoints, edge.source) &&
    hasOwn(touchpoints, edge.target) &&
    edge.source !== edge.target
  )
}

export const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

function isRecord(value: unknown): value is YRecord {
  // A crafted update could put a plain value where a record belongs; it is ignored, not shown.
  return typeof value === 'object' && value !== null && 'entries' in value && 'get' in value
}

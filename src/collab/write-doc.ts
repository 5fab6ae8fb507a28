// JourneyMap → Y.Doc, as a diff. A command computes the next map with a pure domain operation;
// `commitMap` writes only what differs from the previous snapshot, field by field, inside one
// transaction with the LOCAL origin (one undo step, one network update).

import * as Y from 'yjs'
import type { JourneyMap } from '../domain/types'
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
import { LOCAL_ORIGIN } from './origin'
import { getOwn, hasOwn } from './own'
import { phaseOrderOf, fromY } from './read-doc'
import { assignPhaseOrder } from './phase-order'

type Plain = Readonly<Record<string, unknown>>
type Records = Readonly<Record<string, object>>

export function commitMap(
  doc: Y.Doc,
  before: JourneyMap,
  after: JourneyMap,
  origin: unknown = LOCAL_ORIGIN,
) {
  if (before === after) return
  doc.transact(() => {
    if (before.meta !== after.meta) writeFields(metaOf(doc), before.meta, after.meta)
    if (before.phases !== after.phases) writePhases(doc, before, after)
    writeCollection(doc, TOUCHPOINTS, before.touchpoints, after.touchpoints)
    writeCollection(doc, EDGES, before.edges, after.edges)
    writeCollection(doc, NOTES, before.notes, after.notes)
  }, origin)
}

/** Makes the doc hold exactly `map` (used to seed a new doc and by the round-trip tests). */
export function toY(map: JourneyMap, doc: Y.Doc = new Y.Doc(), origin: unknown = LOCAL_ORIGIN) {
  commitMap(doc, fromY(doc), map, origin)
  return doc
}

function writeCollection(doc: Y.Doc, name: RecordCollection, before: Records, after: Records) {
  if (before === after) return
  const collection = collectionOf(doc, name)
  for (const id of Object.keys(before)) if (!hasOwn(after, id)) collection.delete(id)
  for (const [id, record] of Object.entries(after)) {
    const previous = getOwn(before, id)
    if (previous === record) continue
    const existing = collection.get(id)
    if (previous && existing) writeFields(existing, previous, record)
    else collection.set(id, newRecord(record))
  }
}

function writePhases(doc: Y.Doc, before: JourneyMap, after: JourneyMap) {
  const collection = collectionOf(doc, PHASES)
  const beforeById = new Map(before.phases.map((phase) => [phase.id, phase]))
  const afterIds = new Set(after.phases.map((phase) => phase.id))
  for (const phase of before.phases) if (!afterIds.has(phase.id)) collection.delete(phase.id)
  for (const phase of after.phases) {
    const previous = beforeById.get(phase.id)
    const existing = collection.get(phase.id)
    if (previous && existing) {
      if (previous !== phase) writeFields(existing, previous, phase)
    } else {
      collection.set(phase.id, newRecord(phase))
    }
  }
  const current = new Map<string, number>()
  for (const phase of after.phases) {
    const record = collection.get(phase.id)
    if (record?.has(ORDER_KEY)) current.set(phase.id, phaseOrderOf(record))
  }
  const writes = assignPhaseOrder(
    current,
    after.phases.map((phase) => phase.id),
  )
  for (const [id, order] of writes) collection.get(id)?.set(ORDER_KEY, order)
}

function newRecord(fields: object): YRecord {
  const record = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) record.set(key, value)
  return record
}

function writeFields(target: Y.Map<unknown>, before: object, after: object) {
  const previous = before as Plain
  const next = after as Plain
  for (const key of Object.keys(previous)) if (!hasOwn(next, key)) target.delete(key)
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined) target.delete(key)
    else if (!sameJson(getOwn(previous, key), value)) target.set(key, value)
  }
}

/** Structural equality of JSON values; lets a re-created `{x, y}` with equal numbers skip a write. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  if (keysA.length !== keysB.length) return false
  return keysA.every((key) => hasOwn(b, key) && sameJson((a as Plain)[key], (b as Plain)[key]))
}

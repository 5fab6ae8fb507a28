// Y.Doc → JourneyMap. Every record is read through its kind's field rules (a field that breaks
// its rule gets the kind's default, and the record is marked repaired), so whatever a peer wrote,
// the snapshot is a valid map that React can render. Dangling references (an edge drawn to a
// card someone deleted at the same moment) are resolved by the kinds as a file restore would:
// such edges are left out, a card whose phase vanished is shown unassigned. The doc keeps them,
// so undoing the delete brings them back.

import type * as Y from 'yjs'
import { emptyMapWith } from '../../domain/defaults'
import type { AnyKind, BaseRecord, Pass } from '../../domain/kinds/kind'
import { defaultRegistry, type KindRegistry } from '../../domain/kinds/registry'
import { repairRecord, resolveAll } from '../../domain/kinds/restore'
import { cleanTitle } from '../../domain/title'
import { withoutNegativeZeroDeep } from '../../domain/records'
import type { JourneyMap, MapMeta } from '../../domain/types'
import {
  ORDER_KEY,
  SCHEMA_VERSION_KEY,
  collectionOf,
  isYRecord,
  metaOf,
  type YRecord,
} from './layout'
import { putOwn } from './own'

type Plain = Record<string, unknown>

/** The stored fields of one record as a plain object (the order key left out). */
export function plainFields(record: YRecord): Plain {
  const plain: Plain = {}
  for (const [key, value] of record.entries()) if (key !== ORDER_KEY) putOwn(plain, key, value)
  return plain
}

export function readRecord(kind: AnyKind, id: string, record: YRecord, pass?: Pass): BaseRecord {
  return repairRecord(kind, id, plainFields(record), pass)
}

export function readMeta(doc: Y.Doc): MapMeta {
  const meta: Plain = { title: '', description: '' }
  for (const [key, value] of metaOf(doc).entries()) {
    if (key !== SCHEMA_VERSION_KEY) putOwn(meta, key, withoutNegativeZeroDeep(value))
  }
  // Title and description are shown as text: anything else a peer wrote is not rendered raw.
  meta['title'] = typeof meta['title'] === 'string' ? cleanTitle(meta['title']) : ''
  if (typeof meta['description'] !== 'string') meta['description'] = ''
  return meta as unknown as MapMeta
}

export function orderOf(record: YRecord): number {
  const order = record.get(ORDER_KEY)
  return typeof order === 'number' && Number.isFinite(order) ? order : 0
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * A kind's stored records, repaired but not yet resolved: ordered kinds by their order key, the
 * others by id, so every client (and every export) lists them the same way.
 */
export function readRecords(doc: Y.Doc, kind: AnyKind): BaseRecord[] {
  const entries = [...collectionOf(doc, kind).entries()].filter(([, r]) => isYRecord(r))
  entries.sort(([idA, a], [idB, b]) =>
    kind.ordered ? orderOf(a) - orderOf(b) || compareIds(idA, idB) : compareIds(idA, idB),
  )
  const scratch = new Map<string, unknown>()
  return entries.map(([id, record], index) => readRecord(kind, id, record, { index, scratch }))
}

export function fromY(doc: Y.Doc, registry: KindRegistry = defaultRegistry): JourneyMap {
  const lists = new Map(registry.kinds.map((kind) => [kind, readRecords(doc, kind)]))
  return resolveAll(registry.kinds, emptyMapWith(readMeta(doc), registry), lists).map
}

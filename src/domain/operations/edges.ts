// Edges: the customer's path between touchpoints. A map never holds a self-loop, an edge with a
// missing end, or two edges with the same source and target (the reverse direction is fine).

import { JourneyError } from '../errors'
import { EDGE_RULES } from '../rules'
import type { Edge, Id, JourneyMap } from '../types'
import {
  assertFields,
  assertFreshId,
  assertNoUndefined,
  patched,
  requireAll,
  requireEdge,
  requireTouchpoint,
  withRecord,
  withoutRecords,
} from './internal'

/** Only the label and kind change; reconnecting is a disconnect and a connect. */
export type EdgePatch = Partial<Pick<Edge, 'label' | 'kind'>>

const FIXED_FIELDS = ['id', 'source', 'target'] as const

export function findEdge(map: JourneyMap, source: Id, target: Id): Edge | undefined {
  return Object.values(map.edges).find((e) => e.source === source && e.target === target)
}

export function connect(map: JourneyMap, edge: Edge): JourneyMap {
  assertFields('edge', String(edge.id), EDGE_RULES, edge, Object.keys(EDGE_RULES))
  assertFreshId(map, edge.id)
  requireTouchpoint(map, edge.source)
  requireTouchpoint(map, edge.target)
  if (edge.source === edge.target) {
    throw new JourneyError(
      'self-loop',
      `edge "${edge.id}" would connect "${edge.source}" to itself`,
    )
  }
  const existing = findEdge(map, edge.source, edge.target)
  if (existing) {
    throw new JourneyError(
      'duplicate-edge',
      `"${edge.source}" is already connected to "${edge.target}" by edge "${existing.id}"`,
    )
  }
  return { ...map, edges: withRecord(map.edges, edge.id, edge) }
}

export function updateEdge(map: JourneyMap, id: Id, patch: EdgePatch): JourneyMap {
  const edge = requireEdge(map, id)
  for (const key of FIXED_FIELDS) {
    if (Object.hasOwn(patch, key) && (patch as Record<string, unknown>)[key] !== edge[key]) {
      throw new JourneyError('invalid-value', `the ${key} of edge "${id}" cannot change`)
    }
  }
  assertNoUndefined('edge', id, patch)
  assertFields('edge', id, EDGE_RULES, patch, Object.keys(patch))
  const next = patched(edge, patch)
  return next === edge ? map : { ...map, edges: withRecord(map.edges, id, next) }
}

export function disconnect(map: JourneyMap, ids: Iterable<Id>): JourneyMap {
  const doomed = requireAll(ids, (id) => requireEdge(map, id))
  if (doomed.size === 0) return map
  return { ...map, edges: withoutRecords(map.edges, doomed) }
}

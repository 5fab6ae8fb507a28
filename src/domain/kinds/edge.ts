// Edge: a step of the customer's path from one touchpoint to another. A map never holds a
// self-loop, an edge with a missing end, or two edges with the same source and target (the
// reverse direction is fine).

import { JourneyError } from '../errors'
import { newId } from '../ids'
import {
  assertFields,
  assertFreshId,
  assertPatch,
  patched,
  requireAll,
  requireRecord,
  withRecord,
  withoutRecords,
} from '../records'
import { idRule, oneOfRule, stringRule } from '../rules'
import type { Id, JourneyMap } from '../types'
import { EDGE_KINDS, type EdgeKind } from '../vocabulary'
import { defineKind, type FieldRules } from './kind'
import { requireTouchpoint } from './touchpoint'

export interface Edge {
  readonly id: Id
  readonly source: Id
  readonly target: Id
  readonly label: string
  readonly kind: EdgeKind
}

export const EDGE_RULES = {
  id: idRule,
  source: idRule,
  target: idRule,
  label: stringRule,
  kind: oneOfRule(EDGE_KINDS),
} as const satisfies FieldRules<Edge>

export function createEdge(partial: Pick<Edge, 'source' | 'target'> & Partial<Edge>): Edge {
  return { id: partial.id ?? newId(), label: '', kind: 'flow', ...partial }
}

export const edgeKind = defineKind<Edge>({
  name: 'edge',
  nouns: ['connection', 'connections'],
  collection: 'edges',
  ordered: false,
  fields: EDGE_RULES,
  file: { listRequired: false, requiredFields: ['id', 'source', 'target'] },
  sparseFields: ['label', 'kind'],
  // A live doc can hold an edge without ends (a peer's bad write); resolve then leaves it out.
  create: (partial) => createEdge({ source: '', target: '', ...partial }),
  dependsOn: ['touchpoints'],
  readsDependencyIdsOnly: true,
  resolve(edge, map, pass) {
    const name = `edge "${edge.id}" from "${edge.source}" to "${edge.target}"`
    const missing = [edge.source, edge.target].filter((end) => !Object.hasOwn(map.touchpoints, end))
    if (missing.length > 0) {
      const which = [...new Set(missing)].map((end) => `"${end}"`).join(' and ')
      return { record: null, repair: `${name} was removed: touchpoint ${which} does not exist` }
    }
    if (edge.source === edge.target) {
      return { record: null, repair: `${name} was removed: it connects a touchpoint to itself` }
    }
    const pair = `pair:${JSON.stringify([edge.source, edge.target])}`
    const twin = pass.scratch.get(pair)
    if (typeof twin === 'string') {
      return { record: null, repair: `${name} was removed: it repeats edge "${twin}"` }
    }
    pass.scratch.set(pair, edge.id)
    return { record: edge }
  },
  update: (map, id, patch) => updateEdge(map, id, patch),
  migrations: [],
})

export function requireEdge(map: JourneyMap, id: Id): Edge {
  return requireRecord(map.edges, id, 'unknown-edge', 'edge')
}

/** Edges that touch any of the given touchpoints. */
export function edgesTouching(map: JourneyMap, touchpointIds: ReadonlySet<Id>): Set<Id> {
  const ids = new Set<Id>()
  for (const edge of Object.values(map.edges)) {
    if (touchpointIds.has(edge.source) || touchpointIds.has(edge.target)) ids.add(edge.id)
  }
  return ids
}

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
  assertPatch('edge', edge, EDGE_RULES, patch, { fixed: FIXED_FIELDS })
  const next = patched(edge, patch)
  return next === edge ? map : { ...map, edges: withRecord(map.edges, id, next) }
}

/**
 * Swaps an edge's source and target (label, kind and unknown fields kept). Refuses when the map
 * already has an edge in the other direction: two edges would then join the same pair one way.
 */
export function reverseEdge(map: JourneyMap, id: Id): JourneyMap {
  const edge = requireEdge(map, id)
  const existing = findEdge(map, edge.target, edge.source)
  if (existing) {
    throw new JourneyError(
      'duplicate-edge',
      `"${edge.target}" is already connected to "${edge.source}" by edge "${existing.id}"`,
    )
  }
  const next = { ...edge, source: edge.target, target: edge.source }
  return { ...map, edges: withRecord(map.edges, id, next) }
}

export function disconnect(map: JourneyMap, ids: Iterable<Id>): JourneyMap {
  const doomed = requireAll(ids, (id) => requireEdge(map, id))
  if (doomed.size === 0) return map
  return { ...map, edges: withoutRecords(map.edges, doomed) }
}

// Touchpoints: the cards of the journey. Positions are relative to the phase column (absolute
// when unassigned); `moveTouchpointToPoint` is the canvas drop, which picks the column under it.

import { JourneyError } from '../errors'
import { phaseAtX, relativeTo } from '../geometry'
import { TOUCHPOINT_RULES } from '../rules'
import type { Id, JourneyMap, Point, Touchpoint } from '../types'
import {
  assertFields,
  assertFinite,
  assertFreshId,
  assertNoUndefined,
  cleanPoint,
  edgesTouching,
  patched,
  replaceTouchpoint,
  requireAll,
  requirePhase,
  requireTouchpoint,
  withRecord,
  withoutRecords,
} from './internal'

/** Any fields but the id; unknown fields are kept on the record. */
export type TouchpointPatch = Partial<Omit<Touchpoint, 'id'>>

const ALL_FIELDS = Object.keys(TOUCHPOINT_RULES)

function assertPhaseRef(map: JourneyMap, phaseId: Id | null): void {
  if (phaseId !== null) requirePhase(map, phaseId)
}

export function addTouchpoint(map: JourneyMap, touchpoint: Touchpoint): JourneyMap {
  assertFields('touchpoint', String(touchpoint.id), TOUCHPOINT_RULES, touchpoint, ALL_FIELDS)
  assertFreshId(map, touchpoint.id)
  assertPhaseRef(map, touchpoint.phaseId)
  const added = { ...touchpoint, position: cleanPoint(touchpoint.position) }
  return { ...map, touchpoints: withRecord(map.touchpoints, added.id, added) }
}

/**
 * Changes some fields, checked against the vocabulary ('invalid-value' otherwise). A new phaseId
 * keeps the position as it is, i.e. relative to the new column; use the move functions to move.
 */
export function updateTouchpoint(map: JourneyMap, id: Id, patch: TouchpointPatch): JourneyMap {
  const touchpoint = requireTouchpoint(map, id)
  if (Object.hasOwn(patch, 'id') && (patch as { id?: unknown }).id !== id) {
    throw new JourneyError('invalid-value', `the id of touchpoint "${id}" cannot change`)
  }
  assertNoUndefined('touchpoint', id, patch)
  assertFields('touchpoint', id, TOUCHPOINT_RULES, patch, Object.keys(patch))
  if (patch.phaseId !== undefined) assertPhaseRef(map, patch.phaseId)
  const clean = patch.position ? { ...patch, position: cleanPoint(patch.position) } : patch
  return replaceTouchpoint(map, touchpoint, patched(touchpoint, clean))
}

/**
 * Sets the position, relative to `phaseId` when given (null: absolute, unassigned) or to the
 * touchpoint's current phase when omitted.
 */
export function moveTouchpoint(
  map: JourneyMap,
  id: Id,
  position: Point,
  phaseId?: Id | null,
): JourneyMap {
  const touchpoint = requireTouchpoint(map, id)
  assertFinite(`position of touchpoint "${id}"`, position.x, position.y)
  const nextPhaseId = phaseId === undefined ? touchpoint.phaseId : phaseId
  assertPhaseRef(map, nextPhaseId)
  const next = patched(touchpoint, { position: cleanPoint(position), phaseId: nextPhaseId })
  return replaceTouchpoint(map, touchpoint, next)
}

/**
 * A canvas drop: the card's top-left lands at `absolutePoint`, and it joins the phase whose column
 * contains `probe` (default: the same point; the canvas may pass the card's centre instead), or
 * becomes unassigned outside every column.
 */
export function moveTouchpointToPoint(
  map: JourneyMap,
  id: Id,
  absolutePoint: Point,
  probe: Point = absolutePoint,
): JourneyMap {
  requireTouchpoint(map, id)
  assertFinite(`drop point of touchpoint "${id}"`, absolutePoint.x, absolutePoint.y)
  const phaseId = phaseAtX(map, probe.x)?.id ?? null
  return moveTouchpoint(map, id, relativeTo(map, phaseId, absolutePoint), phaseId)
}

/** Removes touchpoints and every edge from or to them. */
export function deleteTouchpoints(map: JourneyMap, ids: Iterable<Id>): JourneyMap {
  const doomed = requireAll(ids, (id) => requireTouchpoint(map, id))
  if (doomed.size === 0) return map
  const doomedEdges = edgesTouching(map, doomed)
  return {
    ...map,
    touchpoints: withoutRecords(map.touchpoints, doomed),
    edges: doomedEdges.size > 0 ? withoutRecords(map.edges, doomedEdges) : map.edges,
  }
}

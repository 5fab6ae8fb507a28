// Operations on a selection of several records at once: delete, duplicate, nudge. Every id is
// checked before anything changes, so an unknown id leaves the map untouched.

import { JourneyError } from '../errors'
import { absolutePosition } from '../geometry'
import type { Id, JourneyMap, Point } from '../types'
import { connect, disconnect, requireEdge } from '../kinds/edge'
import { addNote, deleteNotes, requireNote } from '../kinds/note'
import { deletePhase, requirePhase } from '../kinds/phase'
import { addTouchpoint, deleteTouchpoints, requireTouchpoint } from '../kinds/touchpoint'
import { assertFinite, cleanPoint, getOwn, requireAll, type Records } from '../records'

export interface RecordIds {
  readonly phases?: readonly Id[]
  readonly touchpoints?: readonly Id[]
  readonly edges?: readonly Id[]
  readonly notes?: readonly Id[]
}

/** The records that can be copied or moved as a group. */
export type MovableIds = Pick<RecordIds, 'touchpoints' | 'notes'>

export interface DeleteRecordsOptions {
  /** What happens to the touchpoints of deleted phases; 'unassign' (default) loses nothing. */
  readonly phaseTouchpoints?: 'delete' | 'unassign'
}

function requireIds(map: JourneyMap, ids: RecordIds): void {
  requireAll(ids.phases ?? [], (id) => requirePhase(map, id))
  requireAll(ids.touchpoints ?? [], (id) => requireTouchpoint(map, id))
  requireAll(ids.edges ?? [], (id) => requireEdge(map, id))
  requireAll(ids.notes ?? [], (id) => requireNote(map, id))
}

/** Unassigns the touchpoints of the given phases at their current canvas positions. */
function unassignAll(map: JourneyMap, phaseIds: ReadonlySet<Id>): JourneyMap {
  const inPhases = Object.values(map.touchpoints).filter(
    (t) => t.phaseId !== null && phaseIds.has(t.phaseId),
  )
  if (inPhases.length === 0) return map
  // Only x becomes absolute: a card in a lane keeps its lane and its y within it.
  const moved = inPhases.map((t) => [
    t.id,
    { ...t, phaseId: null, position: { x: absolutePosition(map, t).x, y: t.position.y } },
  ])
  return { ...map, touchpoints: { ...map.touchpoints, ...Object.fromEntries(moved) } }
}

/**
 * Deletes a mixed selection. Edges of deleted touchpoints go too; listing such an edge as well is
 * fine. Deleting every phase is allowed (their touchpoints are unassigned or deleted).
 */
export function deleteRecords(
  map: JourneyMap,
  ids: RecordIds,
  options: DeleteRecordsOptions = {},
): JourneyMap {
  requireIds(map, ids)
  const touchpoints = options.phaseTouchpoints ?? 'unassign'
  const phaseIds = new Set(ids.phases)
  // Unassign against the original layout: once one column goes, the later ones shift left.
  let result = touchpoints === 'unassign' ? unassignAll(map, phaseIds) : map
  for (const id of phaseIds) result = deletePhase(result, id, { touchpoints })
  const stillThere =
    <T>(records: Records<T>) =>
    (id: Id) =>
      getOwn(records, id) !== undefined
  result = deleteTouchpoints(result, (ids.touchpoints ?? []).filter(stillThere(result.touchpoints)))
  result = disconnect(result, (ids.edges ?? []).filter(stillThere(result.edges)))
  return deleteNotes(result, ids.notes ?? [])
}

/** A point moved by (dx, dy); refuses to overflow to Infinity near the limits of a double. */
function offsetPoint(point: Point, dx: number, dy: number): Point {
  const moved = cleanPoint({ x: point.x + dx, y: point.y + dy })
  if (!Number.isFinite(moved.x) || !Number.isFinite(moved.y)) {
    throw new JourneyError('invalid-value', `moving (${point.x}, ${point.y}) overflows`)
  }
  return moved
}

export interface DuplicateResult {
  readonly map: JourneyMap
  /** Old id → id of its copy, for touchpoints, notes and the copied edges. */
  readonly idMap: ReadonlyMap<Id, Id>
}

/**
 * Copies touchpoints and notes, shifted by `offset`, and the edges whose both ends are copied.
 * Copies keep their phase and every other field. `newId` names the copies (injected so that tests
 * and collaborative clients choose how); an id already in use throws 'duplicate-id'.
 */
export function duplicateRecords(
  map: JourneyMap,
  ids: MovableIds,
  offset: Point,
  newId: () => Id,
): DuplicateResult {
  requireIds(map, ids)
  assertFinite('duplicate offset', offset.x, offset.y)
  const idMap = new Map<Id, Id>()
  let result = map
  const shift = (p: Point) => offsetPoint(p, offset.x, offset.y)
  for (const id of new Set(ids.touchpoints)) {
    const original = requireTouchpoint(map, id)
    const copy = { ...original, id: newId(), position: shift(original.position) }
    result = addTouchpoint(result, copy)
    idMap.set(id, copy.id)
  }
  for (const edge of Object.values(map.edges)) {
    const source = idMap.get(edge.source)
    const target = idMap.get(edge.target)
    if (source === undefined || target === undefined) continue
    const copy = { ...edge, id: newId(), source, target }
    result = connect(result, copy)
    idMap.set(edge.id, copy.id)
  }
  for (const id of new Set(ids.notes)) {
    const original = requireNote(map, id)
    const copy = { ...original, id: newId(), position: shift(original.position) }
    result = addNote(result, copy)
    idMap.set(id, copy.id)
  }
  return { map: result, idMap }
}

function shifted<T extends { readonly position: Point }>(
  records: Records<T>,
  ids: ReadonlySet<Id>,
  dx: number,
  dy: number,
): Records<T> {
  if (ids.size === 0) return records
  return Object.fromEntries(
    Object.entries(records).map(([id, record]) => {
      if (!ids.has(id)) return [id, record]
      return [id, { ...record, position: offsetPoint(record.position, dx, dy) }]
    }),
  )
}

/** Moves touchpoints and notes by (dx, dy), e.g. for arrow keys; touchpoints keep their phase. */
export function nudge(map: JourneyMap, ids: MovableIds, dx: number, dy: number): JourneyMap {
  requireIds(map, ids)
  assertFinite('nudge distance', dx, dy)
  const touchpointIds = new Set(ids.touchpoints)
  const noteIds = new Set(ids.notes)
  if ((dx === 0 && dy === 0) || touchpointIds.size + noteIds.size === 0) return map
  const touchpoints = shifted(map.touchpoints, touchpointIds, dx, dy)
  const notes = shifted(map.notes, noteIds, dx, dy)
  return { ...map, touchpoints, notes }
}

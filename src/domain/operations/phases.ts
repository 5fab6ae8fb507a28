// Phase columns. Touchpoints store positions relative to their column, so reordering or resizing
// a column carries its cards along without touching them.

import { MIN_PHASE_WIDTH } from '../defaults'
import { JourneyError } from '../errors'
import { absolutePosition, withoutNegativeZero } from '../geometry'
import { PHASE_RULES } from '../rules'
import type { Id, JourneyMap, Phase, Touchpoint } from '../types'
import {
  assertFields,
  assertFinite,
  assertFreshId,
  edgesTouching,
  requirePhase,
  requirePhaseIndex,
  withoutRecords,
} from './internal'

/** What happens to the touchpoints of a deleted phase. */
export type DeletePhaseStrategy =
  | { readonly touchpoints: 'delete' }
  | { readonly touchpoints: 'move'; readonly toPhaseId: Id }
  | { readonly touchpoints: 'unassign' }

function clampWidth(width: number): number {
  return withoutNegativeZero(Math.max(MIN_PHASE_WIDTH, width))
}

function clampIndex(index: number, length: number): number {
  if (!Number.isInteger(index)) {
    throw new JourneyError('invalid-value', `phase index must be an integer, got ${index}`)
  }
  return Math.min(Math.max(index, 0), length)
}

function replacePhase(map: JourneyMap, before: Phase, after: Phase): JourneyMap {
  if (before === after) return map
  return { ...map, phases: map.phases.map((phase) => (phase === before ? after : phase)) }
}

/** Inserts a phase at `index` (default: last), its width raised to the minimum if needed. */
export function addPhase(map: JourneyMap, phase: Phase, index?: number): JourneyMap {
  assertFields('phase', String(phase.id), PHASE_RULES, phase, Object.keys(PHASE_RULES))
  assertFreshId(map, phase.id)
  const at = clampIndex(index ?? map.phases.length, map.phases.length)
  const added = phase.width < MIN_PHASE_WIDTH ? { ...phase, width: clampWidth(phase.width) } : phase
  return { ...map, phases: map.phases.toSpliced(at, 0, added) }
}

export function renamePhase(map: JourneyMap, id: Id, name: string): JourneyMap {
  const phase = requirePhase(map, id)
  assertFields('phase', id, PHASE_RULES, { name }, ['name'])
  return replacePhase(map, phase, phase.name === name ? phase : { ...phase, name })
}

export function recolorPhase(map: JourneyMap, id: Id, color: string): JourneyMap {
  const phase = requirePhase(map, id)
  assertFields('phase', id, PHASE_RULES, { color }, ['color'])
  return replacePhase(map, phase, phase.color === color ? phase : { ...phase, color })
}

/** Sets a column's width, clamped to MIN_PHASE_WIDTH (a drag handle may overshoot). */
export function resizePhase(map: JourneyMap, id: Id, width: number): JourneyMap {
  const phase = requirePhase(map, id)
  assertFinite('phase width', width)
  const clamped = clampWidth(width)
  return replacePhase(map, phase, phase.width === clamped ? phase : { ...phase, width: clamped })
}

/** Moves a phase to `toIndex` (clamped to the list) among the others. */
export function movePhase(map: JourneyMap, id: Id, toIndex: number): JourneyMap {
  const from = requirePhaseIndex(map, id)
  const to = clampIndex(toIndex, map.phases.length - 1)
  if (from === to) return map
  const phase = map.phases[from] as Phase
  return { ...map, phases: map.phases.toSpliced(from, 1).toSpliced(to, 0, phase) }
}

function mapTouchpointsOf(
  map: JourneyMap,
  phaseId: Id,
  update: (touchpoint: Touchpoint) => Touchpoint,
): JourneyMap['touchpoints'] {
  let changed = false
  const entries = Object.entries(map.touchpoints).map(([key, touchpoint]) => {
    if (touchpoint.phaseId !== phaseId) return [key, touchpoint] as const
    changed = true
    return [key, update(touchpoint)] as const
  })
  return changed ? Object.fromEntries(entries) : map.touchpoints
}

function deleteWithTouchpoints(map: JourneyMap, id: Id): JourneyMap {
  const doomed = new Set(
    Object.values(map.touchpoints)
      .filter((touchpoint) => touchpoint.phaseId === id)
      .map((touchpoint) => touchpoint.id),
  )
  const doomedEdges = edgesTouching(map, doomed)
  return {
    ...map,
    touchpoints: doomed.size > 0 ? withoutRecords(map.touchpoints, doomed) : map.touchpoints,
    edges: doomedEdges.size > 0 ? withoutRecords(map.edges, doomedEdges) : map.edges,
  }
}

/**
 * Removes a phase. Its touchpoints are deleted (with their edges), moved into another phase at the
 * same relative position, or unassigned at their current canvas position so they do not jump.
 * The last phase may go only with 'delete' or 'unassign': there is nowhere to move its cards.
 */
export function deletePhase(map: JourneyMap, id: Id, strategy: DeletePhaseStrategy): JourneyMap {
  requirePhase(map, id)
  let result: JourneyMap
  switch (strategy.touchpoints) {
    case 'delete':
      result = deleteWithTouchpoints(map, id)
      break
    case 'move': {
      if (map.phases.length === 1) {
        throw new JourneyError(
          'last-phase',
          `cannot move the touchpoints of the last phase "${id}"`,
        )
      }
      const { toPhaseId } = strategy
      requirePhase(map, toPhaseId)
      if (toPhaseId === id) {
        throw new JourneyError(
          'invalid-value',
          `cannot move touchpoints of phase "${id}" into itself`,
        )
      }
      const touchpoints = mapTouchpointsOf(map, id, (t) => ({ ...t, phaseId: toPhaseId }))
      result = { ...map, touchpoints }
      break
    }
    case 'unassign': {
      // Absolute positions are computed before the column disappears and the others shift left.
      const touchpoints = mapTouchpointsOf(map, id, (t) => ({
        ...t,
        phaseId: null,
        position: absolutePosition(map, t),
      }))
      result = { ...map, touchpoints }
      break
    }
    default:
      throw new JourneyError('invalid-value', `unknown phase delete strategy`)
  }
  return { ...result, phases: result.phases.filter((phase) => phase.id !== id) }
}

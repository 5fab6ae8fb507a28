// Phase: a column of the journey (Awareness, Consideration, …), in the order of `map.phases`.
// Touchpoints store positions relative to their column, so reordering or resizing a column
// carries its cards along without touching them.

import { JourneyError } from '../errors'
import { absolutePosition, columnHeight, phaseColumn, withoutNegativeZero } from '../geometry'
import { newId } from '../ids'
import {
  assertFields,
  assertFinite,
  assertFreshId,
  assertPatch,
  patched,
  unknownRecord,
  withoutRecords,
} from '../records'
import { colorRule, idRule, positiveNumberRule, stringRule } from '../rules'
import type { Id, JourneyMap } from '../types'
import { defineKind, type FieldRules } from './kind'
import { edgesTouching } from './edge'
import { metricsWithoutPhase, metricsWithoutTouchpoints } from './metric'
import type { Touchpoint } from './touchpoint'
import { templates } from '../i18n/en/templates'

export interface Phase {
  readonly id: Id
  readonly name: string
  /** CSS hex colour `#rrggbb`. */
  readonly color: string
  /** Column width in canvas pixels. */
  readonly width: number
}

/** English; commands pass the name in the interface language (`templates.newRecords`). */
export const DEFAULT_PHASE_NAME = templates.newRecords.phase
export const DEFAULT_PHASE_WIDTH = 320
/** Narrower columns cannot show a card; operations and restore clamp to this. */
export const MIN_PHASE_WIDTH = 160

/** Distinct mid-tone hues for phase headers: readable with dark text, different from each other. */
export const PHASE_COLORS = [
  '#60a5fa', // blue
  '#34d399', // green
  '#fbbf24', // amber
  '#f472b6', // pink
  '#a78bfa', // violet
  '#fb923c', // orange
  '#2dd4bf', // teal
  '#f87171', // red
] as const

export function phaseColorAt(index: number): string {
  return PHASE_COLORS[Math.abs(Math.trunc(index)) % PHASE_COLORS.length] ?? PHASE_COLORS[0]
}

export const PHASE_RULES = {
  id: idRule,
  name: stringRule,
  color: colorRule,
  width: positiveNumberRule,
} as const satisfies FieldRules<Phase>

/** A phase with every field filled; a missing colour follows the palette by list position. */
export function createPhase(partial: Partial<Phase> = {}, index = 0): Phase {
  return {
    id: partial.id ?? newId(),
    name: DEFAULT_PHASE_NAME,
    color: phaseColorAt(index),
    width: DEFAULT_PHASE_WIDTH,
    ...partial,
  }
}

export const phaseKind = defineKind<Phase>({
  name: 'phase',
  nouns: ['phase', 'phases'],
  collection: 'phases',
  ordered: true,
  fields: PHASE_RULES,
  file: { listRequired: true, requiredFields: ['id', 'name'] },
  create: (partial, pass) => createPhase(partial, pass?.index ?? 0),
  normalise(phase, report) {
    const width = clampWidth(phase.width)
    if (width === phase.width) return phase
    if (phase.width < MIN_PHASE_WIDTH) {
      report(
        `phase "${phase.id}" was ${phase.width} wide; it was widened to the minimum ${MIN_PHASE_WIDTH}`,
      )
    }
    return { ...phase, width }
  },
  update: (map, id, patch) => updatePhase(map, id, patch),
  bounds(phase, map, cardSize) {
    const column = phaseColumn(map, phase.id)
    if (!column) return null
    return { x: column.x, y: 0, width: column.width, height: columnHeight(map, cardSize) }
  },
  thumbnail: { shape: 'column', colour: (phase) => phase.color },
  migrations: [],
})

function requirePhaseIndex(map: JourneyMap, id: Id): number {
  const index = map.phases.findIndex((phase) => phase.id === id)
  if (index < 0) throw unknownRecord('unknown-phase', 'phase', id)
  return index
}

export function requirePhase(map: JourneyMap, id: Id): Phase {
  return map.phases[requirePhaseIndex(map, id)] as Phase
}

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

/** Changes some fields ('invalid-value' for a bad one); a width is clamped to the minimum. */
export function updatePhase(
  map: JourneyMap,
  id: Id,
  patch: Partial<Omit<Phase, 'id'>> & Readonly<Record<string, unknown>>,
): JourneyMap {
  const phase = requirePhase(map, id)
  assertPatch('phase', phase, PHASE_RULES, patch, { unchecked: ['width'] })
  const { width, ...rest } = patch
  if (width !== undefined) assertFinite('phase width', width)
  const clean = width === undefined ? rest : { ...rest, width: clampWidth(width) }
  return replacePhase(map, phase, patched(phase, clean))
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
  // The cards' metrics fall back to this phase first, then go with the phase's own.
  const metrics = metricsWithoutPhase(
    { ...map, metrics: metricsWithoutTouchpoints(map, doomed) },
    id,
    'delete',
  )
  return {
    ...map,
    touchpoints: doomed.size > 0 ? withoutRecords(map.touchpoints, doomed) : map.touchpoints,
    edges: doomedEdges.size > 0 ? withoutRecords(map.edges, doomedEdges) : map.edges,
    metrics,
  }
}

/**
 * Removes a phase. Its touchpoints are deleted (with their edges), moved into another phase at the
 * same relative position, or unassigned at their current canvas position so they do not jump.
 * Its metrics go the same way as its cards (see kinds/metric.ts).
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
      result = { ...map, touchpoints, metrics: metricsWithoutPhase(map, id, { toPhaseId }) }
      break
    }
    case 'unassign': {
      // Absolute x is computed before the column disappears and the others shift left; a card
      // in a lane stays in it (its y is the lane's, unchanged).
      const touchpoints = mapTouchpointsOf(map, id, (t) => ({
        ...t,
        phaseId: null,
        position: { x: absolutePosition(map, t).x, y: t.position.y },
      }))
      result = { ...map, touchpoints, metrics: metricsWithoutPhase(map, id, 'unassign') }
      break
    }
    default:
      throw new JourneyError('invalid-value', `unknown phase delete strategy`)
  }
  return { ...result, phases: result.phases.filter((phase) => phase.id !== id) }
}

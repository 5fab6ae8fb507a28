// Turns the `map` of a validated version 1 file into a JourneyMap, leniently (as Excalidraw's
// restore does): missing optional fields get their defaults, unknown fields are kept on every
// record and on the meta, and broken references are repaired rather than refused. Each repair is
// described in a sentence so the editor can tell the person what changed.

import {
  DEFAULT_MAP_TITLE,
  DEFAULT_NOTE_SIZE,
  DEFAULT_TOUCHPOINT_POSITION,
  MIN_NOTE_SIZE,
  MIN_PHASE_WIDTH,
  NOTE_COLORS,
  DEFAULT_PHASE_WIDTH,
  createTouchpoint,
  phaseColorAt,
} from '../defaults'
import { withoutNegativeZero } from '../geometry'
import type { Edge, Id, JourneyMap, MapMeta, Note, Phase, Point, Size, Touchpoint } from '../types'

export interface RestoreResult {
  readonly map: JourneyMap
  readonly repairs: readonly string[]
}

type Raw = Readonly<Record<string, unknown>>

/** Vertical step between cards that had no position, so they do not pile up on one spot. */
const STACK_STEP = 150

const LIST_KEYS = new Set(['phases', 'touchpoints', 'edges', 'notes'])

/** A present field (validation vouched for its type), or the default. */
function field<T>(raw: Raw, key: string, fallback: T): T {
  return Object.hasOwn(raw, key) ? (raw[key] as T) : fallback
}

function list(body: Raw, key: string): Raw[] {
  return field<Raw[]>(body, key, [])
}

function point(value: Point): Point {
  return { x: withoutNegativeZero(value.x), y: withoutNegativeZero(value.y) }
}

function restoreMeta(body: Raw): MapMeta {
  const unknown = Object.fromEntries(Object.entries(body).filter(([key]) => !LIST_KEYS.has(key)))
  return {
    ...unknown,
    title: field(body, 'title', DEFAULT_MAP_TITLE),
    description: field(body, 'description', ''),
  }
}

function restorePhase(raw: Raw, index: number, repairs: string[]): Phase {
  const id = raw['id'] as Id
  let width = withoutNegativeZero(field(raw, 'width', DEFAULT_PHASE_WIDTH))
  if (width < MIN_PHASE_WIDTH) {
    repairs.push(
      `phase "${id}" was ${width} wide; it was widened to the minimum ${MIN_PHASE_WIDTH}`,
    )
    width = MIN_PHASE_WIDTH
  }
  return {
    ...raw,
    id,
    name: raw['name'] as string,
    color: field(raw, 'color', phaseColorAt(index)),
    width,
  }
}

/** Where restored cards without a position go: stacked down their column, one per step. */
function stackedPositions(): (phaseId: Id | null) => Point {
  const counts = new Map<Id | null, number>()
  return (phaseId) => {
    const n = counts.get(phaseId) ?? 0
    counts.set(phaseId, n + 1)
    return { x: DEFAULT_TOUCHPOINT_POSITION.x, y: DEFAULT_TOUCHPOINT_POSITION.y + n * STACK_STEP }
  }
}

function restoreTouchpoints(body: Raw, phases: readonly Phase[], repairs: string[]): Touchpoint[] {
  const phaseIds = new Set(phases.map((phase) => phase.id))
  // A card whose column is gone is put right of the last column, where it overlaps no other phase.
  const columnsEnd = phases.reduce((sum, phase) => sum + phase.width, 0)
  const nextStacked = stackedPositions()
  return list(body, 'touchpoints').map((raw) => {
    // createTouchpoint derives a missing kind from the channel, as the editor does.
    const base = createTouchpoint(raw as Partial<Touchpoint>)
    let phaseId = base.phaseId
    let position = Object.hasOwn(raw, 'position') ? point(base.position) : nextStacked(phaseId)
    if (phaseId !== null && !phaseIds.has(phaseId)) {
      repairs.push(
        `touchpoint "${base.id}" was in phase "${phaseId}", which does not exist; it is now unassigned, right of the last phase`,
      )
      phaseId = null
      position = point({ x: columnsEnd + position.x, y: position.y })
    }
    return { ...base, phaseId, position, emotion: withoutNegativeZero(base.emotion) } as Touchpoint
  })
}

function restoreEdges(body: Raw, touchpointIds: ReadonlySet<Id>, repairs: string[]): Edge[] {
  const byPair = new Map<string, Id>()
  const edges: Edge[] = []
  for (const raw of list(body, 'edges')) {
    const edge = { label: '', kind: 'flow', ...raw } as Edge
    const name = `edge "${edge.id}" from "${edge.source}" to "${edge.target}"`
    const missing = [edge.source, edge.target].filter((end) => !touchpointIds.has(end))
    const pair = JSON.stringify([edge.source, edge.target])
    const twin = byPair.get(pair)
    if (missing.length > 0) {
      const which = [...new Set(missing)].map((end) => `"${end}"`).join(' and ')
      repairs.push(`${name} was removed: touchpoint ${which} does not exist`)
    } else if (edge.source === edge.target) {
      repairs.push(`${name} was removed: it connects a touchpoint to itself`)
    } else if (twin !== undefined) {
      repairs.push(`${name} was removed: it repeats edge "${twin}"`)
    } else {
      byPair.set(pair, edge.id)
      edges.push(edge)
    }
  }
  return edges
}

function restoreSize(id: Id, size: Size, repairs: string[]): Size {
  const width = Math.max(MIN_NOTE_SIZE.width, size.width)
  const height = Math.max(MIN_NOTE_SIZE.height, size.height)
  if (width !== size.width || height !== size.height) {
    repairs.push(
      `note "${id}" was ${size.width}×${size.height}; it was enlarged to at least ${MIN_NOTE_SIZE.width}×${MIN_NOTE_SIZE.height}`,
    )
  }
  return { width, height }
}

function restoreNote(raw: Raw, repairs: string[]): Note {
  const id = raw['id'] as Id
  return {
    ...raw,
    id,
    text: field(raw, 'text', ''),
    color: field(raw, 'color', NOTE_COLORS[0]),
    position: point(field(raw, 'position', { x: 0, y: 0 })),
    size: restoreSize(id, field(raw, 'size', DEFAULT_NOTE_SIZE), repairs),
  }
}

function byId<T extends { readonly id: Id }>(records: readonly T[]): Readonly<Record<Id, T>> {
  // fromEntries defines own properties, so an id such as "__proto__" is stored like any other.
  return Object.fromEntries(records.map((record) => [record.id, record]))
}

/** Restores the `map` object of a file that passed validateMapFile (ids unique, types right). */
export function restoreMap(body: Raw): RestoreResult {
  const repairs: string[] = []
  const phases = list(body, 'phases').map((raw, i) => restorePhase(raw, i, repairs))
  const touchpoints = restoreTouchpoints(body, phases, repairs)
  const edges = restoreEdges(body, new Set(touchpoints.map((t) => t.id)), repairs)
  const notes = list(body, 'notes').map((raw) => restoreNote(raw, repairs))
  const map: JourneyMap = {
    meta: restoreMeta(body),
    phases,
    touchpoints: byId(touchpoints),
    edges: byId(edges),
    notes: byId(notes),
  }
  return { map, repairs }
}

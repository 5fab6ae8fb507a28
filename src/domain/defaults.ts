// Factories that fill every field with a sensible default, so callers (commands, restore, tests)
// name only what they care about. They do not validate: operations do that when a record is added.

import { PHASE_HEADER_HEIGHT } from './geometry'
import { newId } from './ids'
import type { Edge, JourneyMap, Note, Phase, Point, Size, Touchpoint } from './types'
import { DEFAULT_KIND_BY_CHANNEL, type Channel } from './vocabulary'

export const DEFAULT_MAP_TITLE = 'Untitled journey'
export const DEFAULT_PHASE_NAME = 'New phase'
export const DEFAULT_TOUCHPOINT_TITLE = 'New touchpoint'
export const DEFAULT_CHANNEL: Channel = 'website'

export const DEFAULT_PHASE_WIDTH = 320
/** Narrower columns cannot show a card; operations and restore clamp to this. */
export const MIN_PHASE_WIDTH = 160

export const DEFAULT_NOTE_SIZE: Size = { width: 200, height: 140 }
/** Smaller notes cannot show a line of text; operations and restore clamp to this. */
export const MIN_NOTE_SIZE: Size = { width: 80, height: 48 }

/** A new card sits just below the column header, with a small margin. */
export const DEFAULT_TOUCHPOINT_POSITION: Point = { x: 24, y: PHASE_HEADER_HEIGHT + 24 }

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

/** Pastel sticky-note colours; the first (yellow) is the default. */
export const NOTE_COLORS = [
  '#fff3a3', // yellow
  '#ffd6a5', // peach
  '#caffbf', // mint
  '#bde0fe', // sky
  '#ffc6ff', // pink
  '#e4d7ff', // lavender
] as const

export function phaseColorAt(index: number): string {
  return PHASE_COLORS[Math.abs(Math.trunc(index)) % PHASE_COLORS.length] ?? PHASE_COLORS[0]
}

/** The first palette colour no phase uses yet, or the palette again in order once all are used. */
export function nextPhaseColor(map: JourneyMap): string {
  const used = new Set(map.phases.map((phase) => phase.color.toLowerCase()))
  return PHASE_COLORS.find((color) => !used.has(color)) ?? phaseColorAt(map.phases.length)
}

export function emptyMap(title: string = DEFAULT_MAP_TITLE): JourneyMap {
  return { meta: { title, description: '' }, phases: [], touchpoints: {}, edges: {}, notes: {} }
}

export function createPhase(partial: Partial<Phase> = {}): Phase {
  return {
    id: partial.id ?? newId(),
    name: DEFAULT_PHASE_NAME,
    color: PHASE_COLORS[0],
    width: DEFAULT_PHASE_WIDTH,
    ...partial,
  }
}

/** The kind follows the channel (a store is physical) unless given. */
export function createTouchpoint(partial: Partial<Touchpoint> = {}): Touchpoint {
  const channel = partial.channel ?? DEFAULT_CHANNEL
  return {
    id: partial.id ?? newId(),
    title: DEFAULT_TOUCHPOINT_TITLE,
    description: '',
    phaseId: null,
    channel,
    kind: DEFAULT_KIND_BY_CHANNEL[channel],
    emotion: 0,
    painPoints: [],
    opportunities: [],
    owner: '',
    tags: [],
    position: DEFAULT_TOUCHPOINT_POSITION,
    ...partial,
  }
}

export function createEdge(partial: Pick<Edge, 'source' | 'target'> & Partial<Edge>): Edge {
  return { id: partial.id ?? newId(), label: '', kind: 'flow', ...partial }
}

export function createNote(partial: Partial<Note> = {}): Note {
  return {
    id: partial.id ?? newId(),
    text: '',
    color: NOTE_COLORS[0],
    position: { x: 0, y: 0 },
    size: DEFAULT_NOTE_SIZE,
    ...partial,
  }
}

// The emotion curve: for each visible persona, the cards of their journey in journey order (by
// phase, then left to right, then top to bottom) with how that persona feels at each, as-is and
// to-be. A map without personas has one curve of the cards' own emotions. Pure data: the canvas
// draws it in the emotion lane, exports draw the same.

import { absolutePositions, phaseColumns } from './geometry'
import { appliesTo, feltAt } from './kinds/persona'
import type { Id, JourneyMap } from './types'
import { isBehindTheScenes, type Emotion } from './vocabulary'

export interface CurvePoint {
  readonly cardId: Id
  /** Where the point sits across the lane (canvas x): spread over its card's column. */
  readonly x: number
  readonly emotion: Emotion
  readonly target?: Emotion
}

export interface EmotionCurve {
  /** The persona's id, or null for the cards' own emotions (a map without visible personas). */
  readonly personaId: Id | null
  readonly name: string
  readonly color: string
  readonly points: readonly CurvePoint[]
}

/** The colour of the curve of a map without personas. */
export const CARD_CURVE_COLOR = '#475569'

/**
 * The customer's cards in journey order: by phase, then x, then y (as the map is read). Cards in
 * no phase, and cards in the organisation's lanes (frontstage, backstage, support, evidence), are
 * not steps of the customer's journey.
 */
export function journeyOrder(map: JourneyMap): { id: Id; x: number; y: number }[] {
  const columns = new Map(phaseColumns(map).map((column) => [column.phase.id, column]))
  const staffLanes = new Set(
    map.lanes.filter((lane) => isBehindTheScenes(lane.type)).map((lane) => lane.id),
  )
  const byPhase = new Map<Id, { id: Id; x: number; y: number }[]>()
  const placed = absolutePositions(map)
  for (const card of Object.values(map.touchpoints)) {
    if (card.phaseId === null || (card.laneId !== null && staffLanes.has(card.laneId))) continue
    const list = byPhase.get(card.phaseId)
    const entry = { id: card.id, ...placed(card) }
    if (list) list.push(entry)
    else byPhase.set(card.phaseId, [entry])
  }
  // Within a column the points are spread evenly across its width, in reading order, so a stack
  // of cards reads as steps along the curve rather than a vertical zigzag.
  return map.phases.flatMap((phase) => {
    const cards = byPhase.get(phase.id) ?? []
    const column = columns.get(phase.id)!
    cards.sort((a, b) => a.x - b.x || a.y - b.y)
    return cards.map((card, index) => ({
      id: card.id,
      x: column.x + ((index + 0.5) / cards.length) * column.width,
      y: card.y,
    }))
  })
}

/** `allCardsName` names the one curve of a map without personas, in the reader's language. */
export function emotionCurves(map: JourneyMap, allCardsName: string): EmotionCurve[] {
  const order = journeyOrder(map)
  const visible = map.personas.filter((persona) => persona.visible)
  const pointOf = (id: Id, x: number, personaId: Id | null): CurvePoint | null => {
    const card = map.touchpoints[id]!
    if (personaId === null) return { cardId: id, x, emotion: card.emotion }
    if (!appliesTo(card, personaId)) return null
    return { cardId: id, x, ...feltAt(card, personaId) }
  }
  const curve = (personaId: Id | null, name: string, color: string): EmotionCurve => ({
    personaId,
    name,
    color,
    points: order.flatMap(({ id, x }) => pointOf(id, x, personaId) ?? []),
  })
  if (map.personas.length === 0) return [curve(null, allCardsName, CARD_CURVE_COLOR)]
  return visible.map((persona) => curve(persona.id, persona.name, persona.color))
}

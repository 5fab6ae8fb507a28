// The order tasks are written in a Mermaid journey: by phase, then left to right, then top to
// bottom (as the map is read); cards in no phase come first.

import { absolutePositions } from '../geometry'
import type { JourneyMap, Touchpoint } from '../types'

export function readingOrder(map: JourneyMap): Touchpoint[] {
  const index = new Map(map.phases.map((phase, i) => [phase.id, i]))
  const placed = absolutePositions(map)
  return Object.values(map.touchpoints)
    .map((card) => ({
      card,
      at: placed(card),
      phase: card.phaseId === null ? -1 : (index.get(card.phaseId) ?? -1),
    }))
    .sort((a, b) => a.phase - b.phase || a.at.x - b.at.x || a.at.y - b.at.y)
    .map(({ card }) => card)
}

// Where new things go: a new card into the selected phase (or the one in view), below the cards
// already there; a new phase after the selected one; a note in the middle of the view.

import { CARD_GAP, CARD_SIZE } from './card'
import { PHASE_HEADER_HEIGHT, phaseAtX, phaseColumn } from './geometry'
import type { Id, JourneyMap, Point } from './types'

export function phaseForNewCard(
  map: JourneyMap,
  selection: ReadonlySet<string>,
  center: Point | null,
): Id | null {
  const selectedPhase = map.phases.find((phase) => selection.has(phase.id))
  if (selectedPhase) return selectedPhase.id
  for (const id of selection) {
    const card = map.touchpoints[id]
    if (card && Object.hasOwn(map.touchpoints, id) && card.phaseId) return card.phaseId
  }
  if (center) {
    const under = phaseAtX(map, center.x)
    if (under) return under.id
  }
  return map.phases[0]?.id ?? null
}

/** A position (relative to the column) below the column's lowest card, centred in the column. */
export function freeSpotInPhase(map: JourneyMap, phaseId: Id): Point {
  const column = phaseColumn(map, phaseId)
  const width = column?.width ?? CARD_SIZE.width
  let y = PHASE_HEADER_HEIGHT + CARD_GAP
  for (const card of Object.values(map.touchpoints)) {
    if (card.phaseId !== phaseId) continue
    y = Math.max(y, card.position.y + CARD_SIZE.height + CARD_GAP)
  }
  return { x: Math.max(8, Math.round((width - CARD_SIZE.width) / 2)), y }
}

export function phaseInsertIndex(map: JourneyMap, selection: ReadonlySet<string>): number {
  const index = map.phases.findIndex((phase) => selection.has(phase.id))
  return index === -1 ? map.phases.length : index + 1
}

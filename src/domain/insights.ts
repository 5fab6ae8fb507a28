// Pain points and opportunities as cards of their own: the pain-points and opportunities lanes
// show, in each column, one card per pain point (or opportunity) of that column's touchpoints, in
// reading order, each linked to its touchpoint. They are drawn from the touchpoints' lists, so a
// pain point is written once and shows both as a count on its card and as a card in its lane.

import { absolutePositions, phaseColumns } from './geometry'
import type { Id, JourneyMap } from './types'
import type { LaneType } from './vocabulary'

export type InsightField = 'painPoints' | 'opportunities'

export interface InsightCard {
  readonly touchpointId: Id
  readonly touchpointTitle: string
  /** Position in the touchpoint's list, for edits. */
  readonly index: number
  readonly text: string
}

export interface InsightColumn {
  readonly phaseId: Id
  /** The column's left edge and width on the canvas. */
  readonly x: number
  readonly width: number
  readonly cards: readonly InsightCard[]
}

/** The list a lane type draws, or null for lanes that hold cards or draw something else. */
export function insightFieldOf(type: LaneType): InsightField | null {
  if (type === 'pain-points') return 'painPoints'
  if (type === 'opportunities') return 'opportunities'
  return null
}

export function insightColumns(map: JourneyMap, field: InsightField): InsightColumn[] {
  const byPhase = new Map<Id, { x: number; y: number; cards: InsightCard[] }[]>()
  const placed = absolutePositions(map)
  for (const card of Object.values(map.touchpoints)) {
    if (card.phaseId === null || card[field].length === 0) continue
    const { x, y } = placed(card)
    const cards = card[field].flatMap((text, index) =>
      text.trim() === ''
        ? []
        : [{ touchpointId: card.id, touchpointTitle: card.title, index, text }],
    )
    const list = byPhase.get(card.phaseId) ?? []
    list.push({ x, y, cards })
    byPhase.set(card.phaseId, list)
  }
  return phaseColumns(map).map(({ phase, x, width }) => {
    const sources = (byPhase.get(phase.id) ?? []).sort((a, b) => a.y - b.y || a.x - b.x)
    return { phaseId: phase.id, x, width, cards: sources.flatMap((source) => source.cards) }
  })
}

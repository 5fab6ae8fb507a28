// Two states of a journey side by side (as-is → to-be, or a version → now): phases matched by id,
// else by name; cards matched by id (a fork keeps its version's ids), each with what changed; and
// every emotion curve of both maps on one shared axis of matched phases, so the two can be drawn
// overlaid. Pure: the compare page draws what this returns.

import { emotionCurves } from '../curve'
import { phaseColumns } from '../geometry'
import type { Messages } from '../i18n'
import type { Id, JourneyMap, Phase, Touchpoint } from '../types'
import type { Emotion } from '../vocabulary'
import { fieldWords } from './change-list'
import { changedFields } from './diff'

export type CompareStatus = 'same' | 'changed' | 'removed' | 'added'

export interface ComparedPhase {
  readonly a: Phase | null
  readonly b: Phase | null
  readonly name: string
}

export interface ComparedCard {
  readonly id: Id
  readonly a: Touchpoint | null
  readonly b: Touchpoint | null
  readonly status: CompareStatus
  /** What differs, in words (for `changed`). */
  readonly fields: readonly string[]
}

export interface CompareRow {
  readonly phase: ComparedPhase
  readonly cards: readonly ComparedCard[]
}

export interface ComparedCurve {
  readonly side: 'a' | 'b'
  /** Null for the curve of all cards (a map without personas). */
  readonly personaId: Id | null
  readonly name: string
  readonly color: string
  /** x: in columns of the shared axis (0 … number of phases), emotion −2 … +2. */
  readonly points: readonly { readonly cardId: Id; readonly x: number; readonly emotion: Emotion }[]
}

export interface MapComparison {
  readonly phases: readonly ComparedPhase[]
  readonly rows: readonly CompareRow[]
  /** Cards in no phase on both sides. */
  readonly unphased: readonly ComparedCard[]
  readonly curves: readonly ComparedCurve[]
  readonly counts: Readonly<Record<CompareStatus, number>>
}

/** Fields that say where a card is drawn, not what it is: moving a card is not changing it. */
const LAYOUT_FIELDS = new Set(['position', 'laneId'])

/** `m` words the changed fields. */
export function compareMaps(a: JourneyMap, b: JourneyMap, m: Messages): MapComparison {
  const phases = matchPhases(a.phases, b.phases)
  const rowOfA = new Map<Id, number>()
  const rowOfB = new Map<Id, number>()
  phases.forEach((phase, index) => {
    if (phase.a) rowOfA.set(phase.a.id, index)
    if (phase.b) rowOfB.set(phase.b.id, index)
  })
  const rows: ComparedCard[][] = phases.map(() => [])
  const unphased: ComparedCard[] = []
  const counts: Record<CompareStatus, number> = { same: 0, changed: 0, removed: 0, added: 0 }
  const place = (card: ComparedCard, row: number | undefined) => {
    counts[card.status]++
    if (row === undefined) unphased.push(card)
    else rows[row]!.push(card)
  }
  for (const card of Object.values(b.touchpoints)) {
    const old = Object.hasOwn(a.touchpoints, card.id) ? a.touchpoints[card.id]! : null
    const fields = old ? changedFields(old, card).filter((field) => !LAYOUT_FIELDS.has(field)) : []
    const samePhase = old !== null && rowOf(rowOfA, old.phaseId) === rowOf(rowOfB, card.phaseId)
    const words = fields
      .filter((f) => f !== 'phaseId' || !samePhase)
      .map((field) => fieldWords(field, m))
    place(
      {
        id: card.id,
        a: old,
        b: card,
        status: old === null ? 'added' : words.length > 0 ? 'changed' : 'same',
        fields: words,
      },
      rowOf(rowOfB, card.phaseId),
    )
  }
  for (const card of Object.values(a.touchpoints)) {
    if (Object.hasOwn(b.touchpoints, card.id)) continue
    place(
      { id: card.id, a: card, b: null, status: 'removed', fields: [] },
      rowOf(rowOfA, card.phaseId),
    )
  }
  return {
    phases,
    rows: phases.map((phase, index) => ({ phase, cards: rows[index]! })),
    unphased,
    curves: [...sharedCurves(a, 'a', rowOfA), ...sharedCurves(b, 'b', rowOfB)],
    counts,
  }
}

const rowOf = (rows: ReadonlyMap<Id, number>, phaseId: Id | null) =>
  phaseId === null ? undefined : rows.get(phaseId)

/**
 * B's phases in order, each with the A phase of the same id (else the same name); A's phases left
 * over go in after the phase they followed in A.
 */
export function matchPhases(a: readonly Phase[], b: readonly Phase[]): ComparedPhase[] {
  const byId = new Map(a.map((phase) => [phase.id, phase]))
  const taken = new Set<Id>()
  const matched = b.map((phase): ComparedPhase => {
    let partner = byId.get(phase.id)
    if (!partner) {
      const name = phase.name.trim().toLowerCase()
      partner = a.find(
        (p) =>
          !taken.has(p.id) && !b.some((q) => q.id === p.id) && p.name.trim().toLowerCase() === name,
      )
    }
    if (partner) taken.add(partner.id)
    return { a: partner ?? null, b: phase, name: phase.name }
  })
  let insertAt = 0
  for (const phase of a) {
    const at = matched.findIndex((row) => row.a?.id === phase.id)
    if (at !== -1) {
      insertAt = at + 1
      continue
    }
    matched.splice(insertAt, 0, { a: phase, b: null, name: phase.name })
    insertAt++
  }
  return matched
}

/** A map's curves with x in columns of the shared axis (spread inside each column as drawn). */
function sharedCurves(
  map: JourneyMap,
  side: 'a' | 'b',
  rows: ReadonlyMap<Id, number>,
): ComparedCurve[] {
  const columns = new Map(phaseColumns(map).map((column) => [column.phase.id, column]))
  return emotionCurves(map).map((curve) => ({
    side,
    personaId: curve.personaId,
    name: curve.name,
    color: curve.color,
    points: curve.points.flatMap((point) => {
      const phaseId = map.touchpoints[point.cardId]?.phaseId ?? null
      const column = phaseId === null ? undefined : columns.get(phaseId)
      const row = rowOf(rows, phaseId)
      if (!column || row === undefined || column.width <= 0) return []
      const within = Math.min(1, Math.max(0, (point.x - column.x) / column.width))
      return [{ cardId: point.cardId, x: row + within, emotion: point.emotion }]
    }),
  }))
}

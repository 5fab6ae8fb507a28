// What a vote is about, drawn from the map: the items of a vote's scope in reading order (phase
// by phase, top to bottom), and saving a revealed result into the map — a votes count on each
// item plus a record of the session in the map's meta — and as CSV.

import { absolutePositions, phaseColumns } from '../geometry'
import { insightColumns, type InsightField } from '../insights'
import { toCsv } from '../format/csv'
import type { Messages } from '../i18n'
import type { Id, JourneyMap, Note, Touchpoint } from '../types'
import type { RankedItem, VoteItem, VoteScope, VoteSession } from './votes'

const SEPARATOR = '~'

/** A pain point's or opportunity's item id: its card and its place in the card's list. */
export const insightItemId = (field: InsightField, touchpointId: Id, index: number): Id =>
  `${touchpointId}${SEPARATOR}${field === 'painPoints' ? 'pain' : 'opportunity'}${SEPARATOR}${index}`

const firstLine = (text: string) => (text.split('\n')[0] ?? '').trim().slice(0, 120)

function touchpointsInOrder(map: JourneyMap): Touchpoint[] {
  const column = new Map(phaseColumns(map).map((c, index) => [c.phase.id, index]))
  const placed = absolutePositions(map)
  const keyed = Object.values(map.touchpoints).map((card) => ({
    card,
    column: card.phaseId === null ? Infinity : (column.get(card.phaseId) ?? Infinity),
    at: placed(card),
  }))
  keyed.sort((a, b) => a.column - b.column || a.at.y - b.at.y || a.at.x - b.at.x)
  return keyed.map((k) => k.card)
}

function notesInOrder(map: JourneyMap): Note[] {
  return Object.values(map.notes).sort(
    (a, b) => a.position.x - b.position.x || a.position.y - b.position.y,
  )
}

function insightItems(map: JourneyMap, field: InsightField): VoteItem[] {
  return insightColumns(map, field).flatMap((column) =>
    column.cards.map((card) => ({
      id: insightItemId(field, card.touchpointId, card.index),
      label: card.text.trim().slice(0, 160),
      kind: field === 'painPoints' ? ('painPoint' as const) : ('opportunity' as const),
      cardId: card.touchpointId,
    })),
  )
}

/** Every item people can vote on in this scope, in reading order (`m` names untitled ones). */
export function voteItems(map: JourneyMap, scope: VoteScope, m: Messages): VoteItem[] {
  const touchpoints = (): VoteItem[] =>
    touchpointsInOrder(map).map((card) => ({
      id: card.id,
      label: card.title.trim() || m.workshop.vote.untitledTouchpoint,
      kind: 'touchpoint',
      cardId: card.id,
    }))
  switch (scope) {
    case 'touchpoints':
      return touchpoints()
    case 'painPoints':
      return insightItems(map, 'painPoints')
    case 'opportunities':
      return insightItems(map, 'opportunities')
    case 'cards':
      return [
        ...touchpoints(),
        ...notesInOrder(map).map((note) => ({
          id: note.id,
          label: firstLine(note.text) || m.workshop.vote.emptyNote,
          kind: 'note' as const,
          cardId: note.id,
        })),
        ...insightItems(map, 'painPoints'),
        ...insightItems(map, 'opportunities'),
      ]
  }
}

/** One saved vote in the map's meta (`voteResults`), newest last. */
export interface SavedVote {
  readonly id: Id
  readonly title: string
  readonly scope: VoteScope
  readonly dots: number
  readonly anonymous: boolean
  /** ISO date and time of the reveal. */
  readonly date: string
  readonly voters: number
  readonly results: readonly {
    itemId: Id
    kind: VoteItem['kind']
    cardId: Id
    label: string
    votes: number
    rank: number
  }[]
}

const MAX_SAVED_VOTES = 50

/**
 * The map with the vote's result written in: `votes` on each voted touchpoint and note (items
 * of the scope without dots lose an older count), `painPointVotes` / `opportunityVotes` beside
 * those lists, and the session appended to `meta.voteResults`.
 */
export function saveVoteResults(
  map: JourneyMap,
  session: VoteSession,
  ranked: readonly RankedItem[],
  voters: number,
  now: number,
): JourneyMap {
  const counts = new Map(ranked.map((r) => [r.item.id, r.votes]))
  const withCount = <T extends object>(record: T, key: string, count: number): T => {
    const next = { ...record } as Record<string, unknown>
    if (count > 0) next[key] = count
    else delete next[key]
    return next as T
  }
  const scopeHas = (kind: VoteItem['kind']) =>
    session.scope === 'cards' ||
    (session.scope === 'touchpoints' && kind === 'touchpoint') ||
    (session.scope === 'painPoints' && kind === 'painPoint') ||
    (session.scope === 'opportunities' && kind === 'opportunity')

  const touchpoints: Record<Id, Touchpoint> = {}
  for (const card of Object.values(map.touchpoints)) {
    let next = card
    if (scopeHas('touchpoint')) next = withCount(next, 'votes', counts.get(card.id) ?? 0)
    for (const field of ['painPoints', 'opportunities'] as const) {
      if (!scopeHas(field === 'painPoints' ? 'painPoint' : 'opportunity')) continue
      const key = field === 'painPoints' ? 'painPointVotes' : 'opportunityVotes'
      const list = card[field].map((_, i) => counts.get(insightItemId(field, card.id, i)) ?? 0)
      const copy: Record<string, unknown> = { ...next }
      if (list.some((n) => n > 0)) copy[key] = list
      else delete copy[key]
      next = copy as unknown as Touchpoint
    }
    touchpoints[card.id] = next
  }
  const notes: Record<Id, Note> = {}
  for (const note of Object.values(map.notes)) {
    notes[note.id] = scopeHas('note') ? withCount(note, 'votes', counts.get(note.id) ?? 0) : note
  }
  const saved: SavedVote = {
    id: session.id,
    title: session.title,
    scope: session.scope,
    dots: session.dots,
    anonymous: session.anonymous,
    date: new Date(now).toISOString(),
    voters,
    results: ranked.map((r) => ({
      itemId: r.item.id,
      kind: r.item.kind,
      cardId: r.item.cardId,
      label: r.item.label,
      votes: r.votes,
      rank: r.rank,
    })),
  }
  const meta = map.meta as unknown as Record<string, unknown>
  const previous = Array.isArray(meta['voteResults']) ? (meta['voteResults'] as unknown[]) : []
  const kept = previous.filter((entry) => (entry as { id?: unknown } | null)?.id !== session.id)
  return {
    ...map,
    touchpoints,
    notes,
    meta: {
      ...map.meta,
      voteResults: [...kept, saved].slice(-MAX_SAVED_VOTES),
    } as unknown as JourneyMap['meta'],
  }
}

const KIND_LABEL: Record<VoteItem['kind'], string> = {
  touchpoint: 'touchpoint',
  painPoint: 'pain point',
  opportunity: 'opportunity',
  note: 'note',
}

/**
 * The ranking as CSV: rank, votes, kind, item, card, voters (empty for anonymous votes). Headers
 * and kinds are data, the same in every language, so a spreadsheet reading it needs no mapping.
 */
export function rankingCsv(map: JourneyMap, ranked: readonly RankedItem[]): string {
  const rows = ranked.map((r) => [
    String(r.rank),
    String(r.votes),
    KIND_LABEL[r.item.kind],
    r.item.label,
    map.touchpoints[r.item.cardId]?.title ?? '',
    r.voters.map((v) => (v.dots > 1 ? `${v.name} (${v.dots})` : v.name)).join('; '),
  ])
  return toCsv([['rank', 'votes', 'kind', 'item', 'card', 'voters'], ...rows])
}

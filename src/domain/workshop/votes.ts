// Dot-voting rules, pure. A facilitator opens a vote on one kind of item with a dot budget per
// person, one or several dots per item, anonymous or named, and an optional time limit. Each
// person's dots form one ballot (one record per voter, so two people voting at once never touch
// the same value). Until the facilitator reveals the result, a person sees only their own dots
// (FigJam hides them to stop herd voting); after the reveal everyone sees the counts and a ranking.

import { JourneyError } from '../errors'
import type { Messages } from '../i18n'
import type { Id } from '../types'

export type VoteScope = 'touchpoints' | 'painPoints' | 'opportunities' | 'cards'

/** The scopes in the order the setup offers them; their words are `m.workshop.vote.scopes`. */
export const VOTE_SCOPES: readonly { value: VoteScope }[] = [
  { value: 'touchpoints' },
  { value: 'painPoints' },
  { value: 'opportunities' },
  { value: 'cards' },
]

export interface VoteSettings {
  readonly title: string
  readonly scope: VoteScope
  /** Dots each person may place (1–20). */
  readonly dots: number
  /** Several of one person's dots may go on one item. */
  readonly severalPerItem: boolean
  /** Reveal shows counts only, never who voted for what. */
  readonly anonymous: boolean
  /** Voting closes this long after the start; null: when the facilitator reveals. */
  readonly durationMs: number | null
}

export type VoteStatus = 'open' | 'revealed' | 'closed'

export interface VoteSession extends VoteSettings {
  readonly id: Id
  readonly status: VoteStatus
  readonly startedAt: number
  /** startedAt + durationMs, or null without a time limit. */
  readonly endsAt: number | null
  /** Author id of whoever started it. */
  readonly startedBy: string
  readonly revealedAt: number | null
}

export interface Voter {
  readonly id: string
  readonly name: string
  readonly color: string
}

/** One person's dots in one vote: item id → dots placed there. */
export interface Ballot {
  readonly sessionId: Id
  readonly voter: Voter
  readonly dots: Readonly<Record<Id, number>>
}

export const DEFAULT_VOTE_SETTINGS: VoteSettings = {
  title: '',
  scope: 'touchpoints',
  dots: 3,
  severalPerItem: false,
  anonymous: true,
  durationMs: null,
}

export const MAX_DOTS = 20
export const MAX_VOTE_DURATION_MS = 60 * 60_000

export class VoteError extends JourneyError {
  constructor(message: string) {
    super('invalid-value', message)
  }
}

/**
 * Settings as a facilitator may start them with; throws VoteError with the reason (in the
 * messages' language) otherwise.
 */
export function checkSettings(settings: VoteSettings, m: Messages): VoteSettings {
  const errors = m.workshop.vote.errors
  if (!Number.isInteger(settings.dots) || settings.dots < 1 || settings.dots > MAX_DOTS) {
    throw new VoteError(errors.dotsRange(MAX_DOTS))
  }
  const duration = settings.durationMs
  if (duration !== null && !(duration >= 10_000 && duration <= MAX_VOTE_DURATION_MS)) {
    throw new VoteError(errors.timeLimitRange)
  }
  if (!VOTE_SCOPES.some((scope) => scope.value === settings.scope)) {
    throw new VoteError(errors.chooseScope)
  }
  return { ...settings, title: settings.title.trim().slice(0, 120) }
}

export function startVote(
  id: Id,
  settings: VoteSettings,
  startedBy: string,
  now: number,
  m: Messages,
): VoteSession {
  const checked = checkSettings(settings, m)
  return {
    ...checked,
    id,
    status: 'open',
    startedAt: now,
    endsAt: checked.durationMs === null ? null : now + checked.durationMs,
    startedBy,
    revealedAt: null,
  }
}

/** Whether dots may still be placed or taken back. */
export function acceptsVotes(session: VoteSession, now: number): boolean {
  return session.status === 'open' && (session.endsAt === null || now < session.endsAt)
}

export function dotsUsed(ballot: Ballot | null): number {
  if (!ballot) return 0
  return Object.values(ballot.dots).reduce((sum, n) => sum + n, 0)
}

export function dotsLeft(session: VoteSession, ballot: Ballot | null): number {
  return Math.max(0, session.dots - dotsUsed(ballot))
}

/** Why this voter cannot place a dot on the item now (in the messages' language), or null. */
export function addDotProblem(
  session: VoteSession,
  ballot: Ballot | null,
  itemId: Id,
  now: number,
  m: Messages,
): string | null {
  const errors = m.workshop.vote.errors
  if (session.status !== 'open') return errors.over
  if (!acceptsVotes(session, now)) return errors.timeUp
  if (dotsLeft(session, ballot) === 0) return errors.allPlaced(session.dots)
  if (!session.severalPerItem && (ballot?.dots[itemId] ?? 0) > 0) {
    return errors.onePerItem
  }
  return null
}

/** The voter's ballot with one more dot on the item; throws VoteError with the reason otherwise. */
export function addDot(
  session: VoteSession,
  ballot: Ballot | null,
  voter: Voter,
  itemId: Id,
  now: number,
  m: Messages,
): Ballot {
  const problem = addDotProblem(session, ballot, itemId, now, m)
  if (problem) throw new VoteError(problem)
  const dots = ballot?.dots ?? {}
  return { sessionId: session.id, voter, dots: { ...dots, [itemId]: (dots[itemId] ?? 0) + 1 } }
}

/** The ballot with one dot fewer on the item (unchanged when it holds none there). */
export function removeDot(
  session: VoteSession,
  ballot: Ballot,
  itemId: Id,
  now: number,
  m: Messages,
): Ballot {
  if (!acceptsVotes(session, now)) throw new VoteError(m.workshop.vote.errors.noChanges)
  const current = ballot.dots[itemId] ?? 0
  if (current === 0) return ballot
  const dots = { ...ballot.dots }
  if (current === 1) delete dots[itemId]
  else dots[itemId] = current - 1
  return { ...ballot, dots }
}

/**
 * What one person may see of the vote: until the reveal, only their own dots (`total` equals
 * `mine`); after it, everyone's.
 */
export function visibleDots(
  session: VoteSession,
  ballots: readonly Ballot[],
  viewerId: string,
): Map<Id, { total: number; mine: number }> {
  const revealed = session.status === 'revealed'
  const out = new Map<Id, { total: number; mine: number }>()
  for (const ballot of ballots) {
    if (ballot.sessionId !== session.id) continue
    const own = ballot.voter.id === viewerId
    if (!own && !revealed) continue
    for (const [itemId, count] of Object.entries(ballot.dots)) {
      if (!(count > 0)) continue
      const entry = out.get(itemId) ?? { total: 0, mine: 0 }
      entry.total += count
      if (own) entry.mine += count
      out.set(itemId, entry)
    }
  }
  return out
}

/** How many people have placed at least one dot (shown while hidden: progress, not content). */
export function voterCount(session: VoteSession, ballots: readonly Ballot[]): number {
  return ballots.filter((b) => b.sessionId === session.id && dotsUsed(b) > 0).length
}

export interface VoteItem {
  readonly id: Id
  readonly label: string
  readonly kind: 'touchpoint' | 'painPoint' | 'opportunity' | 'note'
  /** The card on the canvas this item is on (a pain point's touchpoint), to fly to. */
  readonly cardId: Id
}

export interface RankedItem {
  readonly item: VoteItem
  readonly votes: number
  /** 1 for the most dots; items with as many dots share a rank. */
  readonly rank: number
  /** Who placed dots here (named votes only), most dots first. */
  readonly voters: readonly { name: string; dots: number }[]
}

/**
 * The revealed result: items with at least one dot, most dots first (ties in the items' own
 * order, i.e. the map's reading order), with shared ranks for ties. Dots on items that no longer
 * exist are left out.
 */
export function ranking(
  session: VoteSession,
  ballots: readonly Ballot[],
  items: readonly VoteItem[],
): RankedItem[] {
  const order = new Map(items.map((item, index) => [item.id, index]))
  const counts = new Map<Id, { votes: number; voters: { name: string; dots: number }[] }>()
  for (const ballot of ballots) {
    if (ballot.sessionId !== session.id) continue
    for (const [itemId, dots] of Object.entries(ballot.dots)) {
      if (!(dots > 0) || !order.has(itemId)) continue
      const entry = counts.get(itemId) ?? { votes: 0, voters: [] }
      entry.votes += dots
      if (!session.anonymous) entry.voters.push({ name: ballot.voter.name, dots })
      counts.set(itemId, entry)
    }
  }
  const sorted = items
    .filter((item) => counts.has(item.id))
    .sort(
      (a, b) =>
        (counts.get(b.id)?.votes ?? 0) - (counts.get(a.id)?.votes ?? 0) ||
        (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    )
  let rank = 0
  let previous = -1
  return sorted.map((item, index) => {
    const { votes, voters } = counts.get(item.id) ?? { votes: 0, voters: [] }
    if (votes !== previous) rank = index + 1
    previous = votes
    return {
      item,
      votes,
      rank,
      voters: [...voters].sort((a, b) => b.dots - a.dots || a.name.localeCompare(b.name)),
    }
  })
}

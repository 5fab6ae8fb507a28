import { describe, expect, it } from 'vitest'
import {
  addDot,
  addDotProblem,
  acceptsVotes,
  checkSettings,
  DEFAULT_VOTE_SETTINGS,
  dotsLeft,
  ranking,
  removeDot,
  startVote,
  visibleDots,
  voterCount,
  type Ballot,
  type VoteItem,
  type VoteSession,
  type VoteSettings,
  type Voter,
} from '../../../src/domain/workshop/votes'
import { expectJourneyError } from '../../support/sample-map'
import { messagesFor } from '../../../src/domain/i18n'

const en = messagesFor('en')

const ann: Voter = { id: 'a', name: 'Ann', color: '#2563eb' }
const bob: Voter = { id: 'b', name: 'Bob', color: '#16a34a' }
const cat: Voter = { id: 'c', name: 'Cat', color: '#e11d48' }
const T0 = 1_000_000

function vote(settings: Partial<VoteSettings> = {}): VoteSession {
  return startVote('v1', { ...DEFAULT_VOTE_SETTINGS, ...settings }, 'facilitator', T0, en)
}

/** Places dots in order, as clicks would. */
function place(session: VoteSession, voter: Voter, items: string[], now = T0 + 1): Ballot {
  let ballot: Ballot | null = null
  for (const item of items) ballot = addDot(session, ballot, voter, item, now, en)
  if (!ballot) throw new Error('no dots')
  return ballot
}

const items: VoteItem[] = ['x', 'y', 'z', 'w'].map((id) => ({
  id,
  label: id.toUpperCase(),
  kind: 'touchpoint',
  cardId: id,
}))

describe('dot budget', () => {
  it('gives each person the configured dots (3 by default) and counts down', () => {
    const session = vote()
    expect(session.dots).toBe(3)
    expect(dotsLeft(session, null)).toBe(3)
    const ballot = place(session, ann, ['x', 'y'])
    expect(dotsLeft(session, ballot)).toBe(1)
    const full = addDot(session, ballot, ann, 'z', T0 + 2, en)
    expect(dotsLeft(session, full)).toBe(0)
    expect(addDotProblem(session, full, 'w', T0 + 3, en)).toBe(
      'You have placed all 3 of your dots.',
    )
    expectJourneyError(() => addDot(session, full, ann, 'w', T0 + 3, en), 'invalid-value', 'all 3')
  })

  it('gives a dot back when it is taken off, and then it can go elsewhere', () => {
    const session = vote()
    const full = place(session, ann, ['x', 'y', 'z'])
    const back = removeDot(session, full, 'y', T0 + 2, en)
    expect(back.dots).toEqual({ x: 1, z: 1 })
    expect(dotsLeft(session, back)).toBe(1)
    expect(addDot(session, back, ann, 'w', T0 + 3, en).dots).toEqual({ x: 1, z: 1, w: 1 })
    // Taking a dot off an item without one changes nothing.
    expect(removeDot(session, back, 'y', T0 + 3, en)).toBe(back)
  })

  it('refuses budgets outside 1–20 and time limits outside 10 s – 60 min', () => {
    expectJourneyError(
      () => checkSettings({ ...DEFAULT_VOTE_SETTINGS, dots: 0 }, en),
      'invalid-value',
    )
    expectJourneyError(
      () => checkSettings({ ...DEFAULT_VOTE_SETTINGS, dots: 21 }, en),
      'invalid-value',
    )
    expectJourneyError(
      () => checkSettings({ ...DEFAULT_VOTE_SETTINGS, dots: 2.5 }, en),
      'invalid-value',
    )
    expectJourneyError(
      () => checkSettings({ ...DEFAULT_VOTE_SETTINGS, durationMs: 5_000 }, en),
      'invalid-value',
    )
    expect(checkSettings({ ...DEFAULT_VOTE_SETTINGS, dots: 20, durationMs: 60_000 }, en).dots).toBe(
      20,
    )
  })
})

describe('one or several dots per item', () => {
  it('one per item: a second dot on the same item is refused', () => {
    const session = vote({ severalPerItem: false })
    const ballot = place(session, ann, ['x'])
    expect(addDotProblem(session, ballot, 'x', T0 + 2, en)).toBe('One dot per item in this vote.')
    expectJourneyError(() => addDot(session, ballot, ann, 'x', T0 + 2, en), 'invalid-value')
  })

  it('several per item: all dots may go on one item', () => {
    const session = vote({ severalPerItem: true, dots: 4 })
    const ballot = place(session, ann, ['x', 'x', 'x', 'x'])
    expect(ballot.dots).toEqual({ x: 4 })
    expect(dotsLeft(session, ballot)).toBe(0)
  })
})

describe('hidden until reveal', () => {
  it('before the reveal a person sees only their own dots; after it, everyone sees all', () => {
    const open = vote()
    const ballots = [place(open, ann, ['x', 'y']), place(open, bob, ['x', 'z'])]
    const annSees = visibleDots(open, ballots, ann.id)
    expect(Object.fromEntries(annSees)).toEqual({
      x: { total: 1, mine: 1 },
      y: { total: 1, mine: 1 },
    })
    expect(annSees.has('z')).toBe(false)
    // The facilitator (no ballot) sees nothing of anyone's dots, only how many have voted.
    expect(visibleDots(open, ballots, 'facilitator').size).toBe(0)
    expect(voterCount(open, ballots)).toBe(2)

    const revealed: VoteSession = { ...open, status: 'revealed', revealedAt: T0 + 5 }
    expect(Object.fromEntries(visibleDots(revealed, ballots, 'facilitator'))).toEqual({
      x: { total: 2, mine: 0 },
      y: { total: 1, mine: 0 },
      z: { total: 1, mine: 0 },
    })
    expect(visibleDots(revealed, ballots, ann.id).get('x')).toEqual({ total: 2, mine: 1 })
  })

  it('ignores ballots of another vote', () => {
    const first = vote()
    const second = {
      ...startVote('v2', DEFAULT_VOTE_SETTINGS, 'f', T0, en),
      status: 'revealed' as const,
    }
    const old = place(first, ann, ['x'])
    expect(visibleDots(second, [old], 'f').size).toBe(0)
    expect(ranking(second, [old], items)).toEqual([])
  })

  it('no dots are placed or taken back after the reveal or after the time limit', () => {
    const timed = vote({ durationMs: 60_000 })
    expect(timed.endsAt).toBe(T0 + 60_000)
    expect(acceptsVotes(timed, T0 + 59_999)).toBe(true)
    expect(acceptsVotes(timed, T0 + 60_000)).toBe(false)
    expect(addDotProblem(timed, null, 'x', T0 + 60_000, en)).toBe('Time is up for this vote.')
    const ballot = place(timed, ann, ['x'])
    expectJourneyError(() => removeDot(timed, ballot, 'x', T0 + 61_000, en), 'invalid-value')
    const revealed: VoteSession = { ...vote(), status: 'revealed', revealedAt: T0 }
    expect(addDotProblem(revealed, null, 'x', T0 + 1, en)).toBe('This vote is over.')
    expect(addDotProblem(revealed, null, 'x', T0 + 1, messagesFor('de'))).toBe(
      'Diese Abstimmung ist beendet.',
    )
  })
})

describe('ranking', () => {
  it('ranks by dots, ties share a rank and keep reading order, unvoted items are left out', () => {
    const session = { ...vote({ anonymous: false }), status: 'revealed' as const }
    const open = vote({ anonymous: false })
    const ballots = [
      place(open, ann, ['y', 'z', 'x']),
      place(open, bob, ['z', 'x', 'y']),
      place(open, cat, ['z', 'x', 'y']),
    ].map((b) => ({ ...b, dots: b.voter.id === 'c' ? { z: 1, y: 1, gone: 1 } : b.dots }))
    const ranked = ranking(session, ballots, items)
    expect(ranked.map((r) => [r.item.id, r.votes, r.rank])).toEqual([
      ['y', 3, 1],
      ['z', 3, 1],
      ['x', 2, 3],
    ])
    expect(ranked[0]?.voters.map((v) => v.name)).toEqual(['Ann', 'Bob', 'Cat'])
  })

  it('anonymous votes name nobody', () => {
    const open = vote({ anonymous: true })
    const revealed = { ...open, status: 'revealed' as const }
    const ranked = ranking(revealed, [place(open, ann, ['x']), place(open, bob, ['x'])], items)
    expect(ranked).toHaveLength(1)
    expect(ranked[0]?.votes).toBe(2)
    expect(ranked[0]?.voters).toEqual([])
  })
})

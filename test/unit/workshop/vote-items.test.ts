import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../../src/domain/format/csv'
import {
  insightItemId,
  rankingCsv,
  saveVoteResults,
  voteItems,
} from '../../../src/domain/workshop/vote-items'
import {
  DEFAULT_VOTE_SETTINGS,
  ranking,
  startVote,
  type Ballot,
} from '../../../src/domain/workshop/votes'
import { sampleMap } from '../../support/sample-map'
import { messagesFor } from '../../../src/domain/i18n'

const en = messagesFor('en')

const voter = (id: string) => ({ id, name: id.toUpperCase(), color: '#2563eb' })

describe('vote items', () => {
  it('lists touchpoints in reading order (column, then top to bottom), unassigned last', () => {
    expect(voteItems(sampleMap(), 'touchpoints', en).map((i) => i.id)).toEqual([
      't1',
      't2',
      't3',
      't4',
    ])
  })

  it('lists pain points as items of their own, linked to their card', () => {
    const items = voteItems(sampleMap(), 'painPoints', en)
    expect(items.map((i) => [i.id, i.label, i.cardId])).toEqual([
      [insightItemId('painPoints', 't1', 0), 'slow', 't1'],
      [insightItemId('painPoints', 't2', 0), 'slow', 't2'],
      [insightItemId('painPoints', 't3', 0), 'slow', 't3'],
    ])
    expect(voteItems(sampleMap(), 'opportunities', en)).toEqual([])
  })

  it('all cards: touchpoints, notes, pain points and opportunities', () => {
    const kinds = voteItems(sampleMap(), 'cards', en).map((i) => i.kind)
    expect(kinds.filter((k) => k === 'touchpoint')).toHaveLength(4)
    expect(kinds.filter((k) => k === 'note')).toHaveLength(2)
    expect(kinds.filter((k) => k === 'painPoint')).toHaveLength(3)
  })
})

describe('saving results', () => {
  const map = sampleMap()
  const open = startVote(
    'v1',
    { ...DEFAULT_VOTE_SETTINGS, title: 'Top pains', scope: 'cards', anonymous: false },
    'f',
    0,
    en,
  )
  const ballots: Ballot[] = [
    {
      sessionId: 'v1',
      voter: voter('a'),
      dots: { t2: 1, n1: 1, [insightItemId('painPoints', 't3', 0)]: 1 },
    },
    { sessionId: 'v1', voter: voter('b'), dots: { t2: 1, t1: 1 } },
  ]
  const revealed = { ...open, status: 'revealed' as const }
  const ranked = ranking(revealed, ballots, voteItems(map, 'cards', en))

  it('writes a votes count per item and a record of the session into the map', () => {
    const saved = saveVoteResults(map, revealed, ranked, 2, Date.UTC(2026, 11, 2, 10))
    const tp = saved.touchpoints as unknown as Record<string, Record<string, unknown>>
    expect(tp['t2']?.['votes']).toBe(2)
    expect(tp['t1']?.['votes']).toBe(1)
    expect(tp['t4']?.['votes']).toBeUndefined()
    expect(tp['t3']?.['painPointVotes']).toEqual([1])
    expect((saved.notes['n1'] as unknown as Record<string, unknown>)['votes']).toBe(1)
    // Unknown fields survive.
    expect(tp['t2']?.['x-extra']).toEqual({ kept: true })
    const record = (
      saved.meta as unknown as {
        voteResults: {
          title: string
          date: string
          voters: number
          results: { itemId: string; rank: number }[]
        }[]
      }
    ).voteResults
    expect(record).toHaveLength(1)
    expect(record[0]).toMatchObject({
      title: 'Top pains',
      date: '2026-12-02T10:00:00.000Z',
      voters: 2,
    })
    expect(record[0]?.results[0]).toMatchObject({ itemId: 't2', rank: 1 })
    // Saving the same vote again replaces its record instead of adding one.
    const again = saveVoteResults(saved, revealed, ranked, 2, 0)
    expect((again.meta as unknown as { voteResults: unknown[] }).voteResults).toHaveLength(1)
  })

  it('exports the ranking as CSV with voters named', () => {
    const rows = parseCsv(rankingCsv(map, ranked)).rows
    expect(rows[0]).toEqual(['rank', 'votes', 'kind', 'item', 'card', 'voters'])
    expect(rows[1]).toEqual(['1', '2', 'touchpoint', 'Touchpoint t2', 'Touchpoint t2', 'A; B'])
    expect(rows.find((r) => r[2] === 'pain point')).toEqual([
      '2',
      '1',
      'pain point',
      'slow',
      'Touchpoint t3',
      'A',
    ])
  })
})

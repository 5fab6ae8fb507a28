// The workshop doc is written by anyone with an edit or comment link: what it holds is read
// through checks, never shown raw.

import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readWorkshop, WORKSHOP } from '../../../src/collab/workshop/read'

const author = { id: 'ann', name: 'Ann', color: '#2563eb' }

describe('reading a workshop doc', () => {
  it('leaves out malformed records and repairs colours and long names', () => {
    const doc = new Y.Doc()
    const threads = doc.getMap(WORKSHOP.threads)
    threads.set('good', {
      target: { type: 'record', id: 't1' },
      author: { ...author, color: 'red; background: url(x)', name: 'A'.repeat(150) },
      createdAt: 1,
      resolved: false,
    })
    threads.set('no-target', { author, createdAt: 1 })
    threads.set('object-text', 'not an object')
    const comments = doc.getMap(WORKSHOP.comments)
    comments.set('c1', { threadId: 'good', author, text: 'hi', createdAt: 2 })
    comments.set('c2', { threadId: 'good', author, text: { html: '<b>' }, createdAt: 2 })
    comments.set('c3', { threadId: 'good', author, text: 'x'.repeat(5000), createdAt: 2 })
    const state = readWorkshop(doc)
    expect(state.threads.map((t) => t.id)).toEqual(['good'])
    expect(state.threads[0]?.author.color).toBe('#6b7280')
    expect(state.threads[0]?.author.name).toHaveLength(60)
    expect(state.comments.map((c) => c.id)).toEqual(['c1'])
  })

  it("keeps a ballot only under its own voter's key, and only whole positive dot counts", () => {
    const doc = new Y.Doc()
    doc.getMap(WORKSHOP.votes).set('v1', {
      scope: 'touchpoints',
      dots: 3,
      startedAt: 1,
      status: 'open',
    })
    const ballots = doc.getMap(WORKSHOP.ballots)
    ballots.set('v1/ann', { sessionId: 'v1', voter: author, dots: { t1: 2, t2: -1, t3: 1.5 } })
    ballots.set('v1/bob', { sessionId: 'v1', voter: author, dots: { t1: 3 } })
    const state = readWorkshop(doc)
    expect(state.votes.map((v) => [v.id, v.dots, v.anonymous])).toEqual([['v1', 3, true]])
    expect(state.ballots).toHaveLength(1)
    expect(state.ballots[0]?.dots).toEqual({ t1: 2 })
  })

  it('refuses a vote with an impossible budget', () => {
    const doc = new Y.Doc()
    doc
      .getMap(WORKSHOP.votes)
      .set('v', { scope: 'touchpoints', dots: 1e9, startedAt: 1, status: 'open' })
    expect(readWorkshop(doc).votes).toEqual([])
  })
})

// Workshop commands through the real registry and store over local docs: who may comment, vote
// and facilitate, authors editing only their own comments, votes saved into the map, and the
// facilitator's layout lock.

import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addComment,
  deleteComment,
  editComment,
  resolveThread,
} from '../../../src/commands/comment-commands'
import { freezeLayout } from '../../../src/commands/facilitator-commands'
import { placeDot, revealVote, saveVote, startVote } from '../../../src/commands/vote-commands'
import { createWorkshopSession } from '../../../src/collab/workshop/session'
import { DEFAULT_VOTE_SETTINGS } from '../../../src/domain/workshop/votes'
import { createTestEditor } from '../../support/test-editor'
import { sampleMap } from '../../support/sample-map'

function editorAs(
  role: 'edit' | 'comment' | 'view',
  me = { id: 'ann', name: 'Ann', color: '#2563eb' },
  workshopDoc?: Y.Doc,
) {
  const workshop = createWorkshopSession(workshopDoc ? { doc: workshopDoc } : {})
  const editor = createTestEditor(sampleMap(), undefined, role, { workshop })
  editor.store.setState({ me })
  return editor
}

describe('roles', () => {
  it('a comment link comments and votes but cannot edit the map; a view link can do neither', () => {
    const commenter = editorAs('comment')
    const threadId = commenter.execute(addComment, {
      draft: { target: { type: 'record', id: 't1' }, label: 'Touchpoint t1' },
      text: 'Why here?',
    })
    expect(threadId).toEqual(expect.any(String))
    expect(commenter.store.getState().workshop.comments.map((c) => c.text)).toEqual(['Why here?'])
    commenter.select('t1')
    expect(commenter.press('Delete')).toBe('delete')
    expect(commenter.map.touchpoints['t1']).toBeDefined()
    expect(commenter.store.getState().notice?.text).toContain('comment and vote but not change')

    const viewer = editorAs('view')
    expect(
      viewer.execute(addComment, {
        draft: { target: { type: 'record', id: 't1' }, label: 't1' },
        text: 'no',
      }),
    ).toBeUndefined()
    expect(viewer.store.getState().workshop.comments).toEqual([])
  })
})

describe('comments', () => {
  it('only the author edits or deletes a comment; anyone with the link resolves', () => {
    // Two people on one workshop doc (what the server's room makes of their two copies).
    const shared = new Y.Doc()
    const ann = editorAs('comment', undefined, shared)
    const bob = editorAs('edit', { id: 'bob', name: 'Bob', color: '#16a34a' }, shared)
    const threadId = ann.execute(addComment, {
      draft: { target: { type: 'record', id: 't2' }, label: 't2' },
      text: 'First',
    }) as string
    const commentId = bob.store.getState().workshop.comments[0]!.id
    expect(bob.execute(editComment, { id: commentId, text: 'Hijacked' })).toBe(false)
    expect(bob.execute(deleteComment, { id: commentId })).toBe(false)
    expect(bob.store.getState().notice?.text).toBe(
      'Only the author can change or delete a comment.',
    )
    expect(bob.execute(resolveThread, { threadId, resolved: true })).toBe(true)
    const thread = ann.store.getState().workshop.threads[0]!
    expect(thread).toMatchObject({ resolved: true, resolvedBy: 'Bob' })
    expect(ann.execute(editComment, { id: commentId, text: 'First, edited' })).toBe(true)
    expect(ann.store.getState().workshop.comments[0]).toMatchObject({ text: 'First, edited' })
    expect(ann.execute(deleteComment, { id: commentId })).toBe(true)
    // The thread goes with its last comment.
    expect(ann.store.getState().workshop.threads).toEqual([])
  })

  it('refuses empty comments with a notice', () => {
    const ann = editorAs('comment')
    expect(ann.execute(addComment, { threadId: 'x', text: '   ' })).toBeNull()
    expect(ann.store.getState().notice?.text).toBe('Write something first.')
  })
})

describe('votes', () => {
  it('the facilitator starts, people vote within their budget, reveal, save into the map', () => {
    const fay = editorAs('edit', { id: 'fay', name: 'Fay', color: '#7c3aed' })
    expect(fay.execute(startVote, { ...DEFAULT_VOTE_SETTINGS, dots: 2 })).toBe(true)
    expect(fay.execute(placeDot, { itemId: 't1', delta: 1 })).toBe(true)
    expect(fay.execute(placeDot, { itemId: 't1', delta: 1 })).toBe(false)
    expect(fay.store.getState().notice?.text).toBe('One dot per item in this vote.')
    expect(fay.execute(placeDot, { itemId: 't3', delta: 1 })).toBe(true)
    expect(fay.execute(placeDot, { itemId: 't2', delta: 1 })).toBe(false)
    expect(fay.store.getState().notice?.text).toBe('You have placed all 2 of your dots.')
    expect(fay.execute(placeDot, { itemId: 't3', delta: -1 })).toBe(true)
    expect(fay.execute(placeDot, { itemId: 't2', delta: 1 })).toBe(true)
    fay.run('vote.reveal')
    expect(fay.store.getState().workshop.votes[0]?.status).toBe('revealed')
    expect(fay.execute(saveVote, undefined)).toBe(true)
    const touchpoints = fay.map.touchpoints as unknown as Record<string, Record<string, unknown>>
    expect(touchpoints['t1']?.['votes']).toBe(1)
    expect(touchpoints['t2']?.['votes']).toBe(1)
    expect(touchpoints['t3']?.['votes']).toBeUndefined()
    // Placing a dot after the reveal is refused.
    expect(fay.execute(placeDot, { itemId: 't4', delta: 1 })).toBe(false)
  })

  it('a comment link cannot start or reveal a vote', () => {
    const ann = editorAs('comment')
    expect(ann.execute(startVote, DEFAULT_VOTE_SETTINGS)).toBeUndefined()
    expect(ann.execute(revealVote, undefined)).toBeUndefined()
    expect(ann.store.getState().workshop.votes).toEqual([])
  })
})

describe('layout lock', () => {
  it('locked positions refuse moves but allow edits; a locked map refuses both; unlock works', () => {
    const fay = editorAs('edit')
    expect(fay.execute(freezeLayout, 'positions')).toBe(true)
    fay.select('t1')
    const before = fay.map.touchpoints['t1']!.position
    fay.press('ArrowRight')
    expect(fay.map.touchpoints['t1']!.position).toEqual(before)
    expect(fay.store.getState().notice?.text).toContain('locked positions')
    fay.run('delete')
    expect(fay.map.touchpoints['t1']).toBeUndefined()

    expect(fay.execute(freezeLayout, 'all')).toBe(true)
    fay.select('t2')
    fay.run('delete')
    expect(fay.map.touchpoints['t2']).toBeDefined()
    expect(fay.store.getState().notice?.text).toContain('locked the map')
    expect(fay.execute(freezeLayout, 'none')).toBe(true)
    fay.run('delete')
    expect(fay.map.touchpoints['t2']).toBeUndefined()
    // Everyone sees the lock: it is in the map's meta.
    expect((fay.map.meta as unknown as Record<string, unknown>)['freeze']).toBeUndefined()
  })
})

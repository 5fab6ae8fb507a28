import { describe, expect, it } from 'vitest'
import {
  checkCommentText,
  mentionQuery,
  openCounts,
  parseCommentText,
  threadViews,
  type Comment,
  type CommentThread,
} from '../../../src/domain/workshop/comments'
import {
  addMinute,
  formatClock,
  pauseTimer,
  remaining,
  setTimer,
  startTimer,
} from '../../../src/domain/workshop/timer'
import { messagesFor } from '../../../src/domain/i18n'

const en = messagesFor('en')

const author = (id: string) => ({ id, name: id, color: '#2563eb' })

function thread(id: string, target: string, resolved = false, by = 'ann'): CommentThread {
  return {
    id,
    target: { type: 'record', id: target },
    anchorLabel: target,
    author: author(by),
    createdAt: 1,
    resolved,
    resolvedBy: resolved ? 'bob' : null,
    resolvedAt: resolved ? 50 : null,
  }
}

const comment = (id: string, threadId: string, at: number, by = 'ann'): Comment => ({
  id,
  threadId,
  author: author(by),
  text: id,
  createdAt: at,
  editedAt: null,
})

describe('threads', () => {
  const threads = [thread('h1', 't1'), thread('h2', 't1', true), thread('h3', 'gone', false, 'bob')]
  const comments = [
    comment('c1', 'h1', 10),
    comment('c2', 'h2', 20),
    comment('c3', 'h3', 30, 'bob'),
    comment('c4', 'h1', 40, 'bob'),
  ]
  const exists = (id: string) => id !== 'gone'

  it('filters open / resolved / mine, newest activity first, and marks orphans', () => {
    const open = threadViews(threads, comments, exists, 'open', 'ann')
    expect(open.map((v) => v.thread.id)).toEqual(['h1', 'h3'])
    expect(open.find((v) => v.thread.id === 'h3')?.orphaned).toBe(true)
    expect(open[0]?.comments.map((c) => c.id)).toEqual(['c1', 'c4'])
    expect(
      threadViews(threads, comments, exists, 'resolved', 'ann').map((v) => v.thread.id),
    ).toEqual(['h2'])
    expect(threadViews(threads, comments, exists, 'mine', 'bob').map((v) => v.thread.id)).toEqual([
      'h1',
      'h3',
    ])
  })

  it('counts open threads per item (the badge); resolved and empty threads do not count', () => {
    const counts = openCounts([...threads, thread('h4', 't1')], comments)
    expect(counts.get('t1')).toBe(1)
    expect(counts.get('gone')).toBe(1)
  })
})

describe('comment text', () => {
  it('splits lines, links and mentions into segments, never HTML', () => {
    const segments = parseCommentText(
      '<b>hi</b> @Ann Lee see https://example.com/a?b=1.\nnext @nobody',
      ['Ann', 'Ann Lee'],
    )
    expect(segments).toEqual([
      { type: 'text', text: '<b>hi</b> ' },
      { type: 'mention', name: 'Ann Lee', known: true },
      { type: 'text', text: ' see ' },
      { type: 'link', href: 'https://example.com/a?b=1', text: 'https://example.com/a?b=1' },
      { type: 'text', text: '.' },
      { type: 'break' },
      { type: 'text', text: 'next @nobody' },
    ])
  })

  it('does not turn javascript: or mail addresses into links or mentions', () => {
    expect(parseCommentText('javascript:alert(1) a@Ann', ['Ann'])).toEqual([
      { type: 'text', text: 'javascript:alert(1) a@Ann' },
    ])
  })

  it('trims and limits the text', () => {
    expect(checkCommentText('  \n ', en)).toEqual({ ok: false, reason: 'Write something first.' })
    expect(checkCommentText(' a\r\nb ', en)).toEqual({ ok: true, text: 'a\nb' })
    expect(checkCommentText('x'.repeat(4001), en).ok).toBe(false)
  })

  it('finds the @word being typed', () => {
    expect(mentionQuery('hello @An', 9)).toEqual({ start: 6, query: 'An' })
    expect(mentionQuery('mail a@b', 8)).toBeNull()
  })
})

describe('timer', () => {
  it('runs, pauses, resumes and takes an extra minute', () => {
    const set = setTimer(120_000)
    const running = startTimer(set, 0)
    expect(remaining(running, 30_000)).toBe(90_000)
    const paused = pauseTimer(running, 30_000)
    expect(remaining(paused, 999_999)).toBe(90_000)
    const more = addMinute(paused, 40_000)
    expect(remaining(more, 40_000)).toBe(150_000)
    const resumed = startTimer(more, 100_000)
    expect(remaining(resumed, 250_000)).toBe(0)
    expect(formatClock(150_000)).toBe('2:30')
    expect(formatClock(3_720_000)).toBe('1:02:00')
  })
})

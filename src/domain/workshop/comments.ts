// Comment threads, pure. A thread is pinned to a record (card, note, phase, lane, pain point) by
// its id — so it follows the item wherever it moves — or to a point on the canvas. Replies are
// comments of the thread. A thread whose record was deleted stays listed as orphaned until it is
// resolved. Authors are a stable per-browser id plus the name and colour they had when writing;
// only the author edits or deletes a comment (the client enforces it: without accounts the
// server cannot tell people apart).

import type { Messages } from '../i18n'
import type { Id, Point } from '../types'

export type CommentTarget =
  | { readonly type: 'record'; readonly id: Id }
  | { readonly type: 'point'; readonly x: number; readonly y: number }

export interface Author {
  readonly id: string
  readonly name: string
  readonly color: string
}

export interface CommentThread {
  readonly id: Id
  readonly target: CommentTarget
  /** What the item was called when the thread started (shown for orphaned threads). */
  readonly anchorLabel: string
  readonly author: Author
  readonly createdAt: number
  readonly resolved: boolean
  readonly resolvedBy: string | null
  readonly resolvedAt: number | null
}

export interface Comment {
  readonly id: Id
  readonly threadId: Id
  readonly author: Author
  readonly text: string
  readonly createdAt: number
  readonly editedAt: number | null
}

export const MAX_COMMENT_LENGTH = 4000

export type ThreadFilter = 'open' | 'resolved' | 'mine'

export interface ThreadView {
  readonly thread: CommentThread
  /** Oldest first; the first is the thread's opening comment. */
  readonly comments: readonly Comment[]
  /** Pinned to a record that no longer exists. */
  readonly orphaned: boolean
  readonly lastActivity: number
}

/**
 * Threads with their comments for the side panel: `open` (unresolved), `resolved`, or `mine`
 * (started by me or with a comment of mine), most recent activity first. Threads without any
 * comment (all deleted) are left out.
 */
export function threadViews(
  threads: readonly CommentThread[],
  comments: readonly Comment[],
  exists: (id: Id) => boolean,
  filter: ThreadFilter,
  me: string,
): ThreadView[] {
  const byThread = new Map<Id, Comment[]>()
  for (const comment of comments) {
    const list = byThread.get(comment.threadId) ?? []
    list.push(comment)
    byThread.set(comment.threadId, list)
  }
  const views: ThreadView[] = []
  for (const thread of threads) {
    const list = (byThread.get(thread.id) ?? []).sort(
      (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1),
    )
    if (list.length === 0) continue
    const mine = thread.author.id === me || list.some((c) => c.author.id === me)
    if (filter === 'open' && thread.resolved) continue
    if (filter === 'resolved' && !thread.resolved) continue
    if (filter === 'mine' && !mine) continue
    const orphaned = thread.target.type === 'record' && !exists(thread.target.id)
    const lastActivity = Math.max(
      thread.resolvedAt ?? 0,
      ...list.map((c) => Math.max(c.createdAt, c.editedAt ?? 0)),
    )
    views.push({ thread, comments: list, orphaned, lastActivity })
  }
  return views.sort((a, b) => b.lastActivity - a.lastActivity)
}

/** Open threads per pinned record id: the badge on each item. */
export function openCounts(
  threads: readonly CommentThread[],
  comments: readonly Comment[],
): Map<Id, number> {
  const live = new Set(comments.map((c) => c.threadId))
  const counts = new Map<Id, number>()
  for (const thread of threads) {
    if (thread.resolved || thread.target.type !== 'record' || !live.has(thread.id)) continue
    counts.set(thread.target.id, (counts.get(thread.target.id) ?? 0) + 1)
  }
  return counts
}

/** The text as it will be stored, or why it cannot be (in the messages' language). */
export function checkCommentText(
  text: string,
  m: Messages,
): { ok: true; text: string } | { ok: false; reason: string } {
  const trimmed = text.replace(/\r\n?/g, '\n').trim()
  if (trimmed === '') return { ok: false, reason: m.workshop.comments.writeSomething }
  if (trimmed.length > MAX_COMMENT_LENGTH) {
    return { ok: false, reason: m.workshop.comments.tooLong(MAX_COMMENT_LENGTH) }
  }
  return { ok: true, text: trimmed }
}

export type TextSegment =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'break' }
  | { readonly type: 'link'; readonly href: string; readonly text: string }
  | { readonly type: 'mention'; readonly name: string; readonly known: boolean }

const LINK = /\bhttps?:\/\/[^\s<>"']+/gi
/** Characters that usually end a sentence rather than a URL. */
const TRAILING = /[.,;:!?)\]}'"]+$/

/**
 * Comment text as segments to render as plain text nodes (never HTML): line breaks, http(s)
 * links, and @mentions of the given names (longest name first, so "@Ann Lee" wins over "@Ann").
 */
export function parseCommentText(text: string, names: readonly string[]): TextSegment[] {
  const sorted = [...new Set(names.filter((n) => n.trim() !== ''))].sort(
    (a, b) => b.length - a.length,
  )
  const out: TextSegment[] = []
  const lines = text.split('\n')
  lines.forEach((line, index) => {
    if (index > 0) out.push({ type: 'break' })
    parseLine(line, sorted, out)
  })
  return out
}

function parseLine(line: string, names: readonly string[], out: TextSegment[]) {
  let plain = ''
  const flush = () => {
    if (plain) out.push({ type: 'text', text: plain })
    plain = ''
  }
  let i = 0
  while (i < line.length) {
    LINK.lastIndex = i
    const link = LINK.exec(line)
    if (link && link.index === i) {
      const raw = link[0]
      const trail = TRAILING.exec(raw)?.[0] ?? ''
      const href = raw.slice(0, raw.length - trail.length)
      flush()
      out.push({ type: 'link', href, text: href })
      i += href.length
      continue
    }
    if (line[i] === '@' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) {
      const rest = line.slice(i + 1)
      const name = names.find(
        (n) => rest.toLowerCase().startsWith(n.toLowerCase()) && !/\w/.test(rest[n.length] ?? ''),
      )
      if (name) {
        flush()
        out.push({ type: 'mention', name: rest.slice(0, name.length), known: true })
        i += 1 + name.length
        continue
      }
    }
    plain += line[i]
    i++
  }
  flush()
}

/** The names mentioned in a text (for "mentioned you" highlights). */
export function mentionedNames(text: string, names: readonly string[]): string[] {
  return parseCommentText(text, names).flatMap((s) => (s.type === 'mention' ? [s.name] : []))
}

/** The @-word being typed at the caret, for the mention picker; null when there is none. */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret)
  const match = /(?:^|\s)@([^\s@]{0,30})$/.exec(before)
  if (!match) return null
  return { start: caret - (match[1] ?? '').length - 1, query: match[1] ?? '' }
}

export const pointTarget = (point: Point): CommentTarget => ({
  type: 'point',
  x: Math.round(point.x),
  y: Math.round(point.y),
})

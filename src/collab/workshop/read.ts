// Reading a workshop doc. Anyone holding an edit or comment link can write anything into it, so
// every value is checked here and a malformed one is left out (or repaired), never rendered raw:
// names and texts are strings of bounded length, colours plain `#rrggbb`, times finite numbers.

import type * as Y from 'yjs'
import type { Author, Comment, CommentThread, CommentTarget } from '../../domain/workshop/comments'
import { MAX_COMMENT_LENGTH } from '../../domain/workshop/comments'
import type { WorkshopTimer } from '../../domain/workshop/timer'
import { MAX_TIMER_MS } from '../../domain/workshop/timer'
import {
  MAX_DOTS,
  VOTE_SCOPES,
  type Ballot,
  type VoteSession,
  type VoteStatus,
} from '../../domain/workshop/votes'
import { safeColor } from '../presence'

/** The workshop doc's top-level maps. */
export const WORKSHOP = {
  threads: 'threads',
  comments: 'comments',
  votes: 'votes',
  ballots: 'ballots',
  state: 'state',
} as const

export interface WorkshopState {
  readonly threads: readonly CommentThread[]
  readonly comments: readonly Comment[]
  readonly votes: readonly VoteSession[]
  readonly ballots: readonly Ballot[]
  /** Who runs the session (holds the edit link and started it); null before anyone has. */
  readonly facilitator: Author | null
  readonly timer: WorkshopTimer | null
  /** The vote people are voting in or looking at; null when none. */
  readonly activeVoteId: string | null
}

export const EMPTY_WORKSHOP: WorkshopState = {
  threads: [],
  comments: [],
  votes: [],
  ballots: [],
  facilitator: null,
  timer: null,
  activeVoteId: null,
}

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown, max: number): string | null =>
  typeof v === 'string' && v.length <= max ? v : null
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)

export function readAuthor(v: unknown): Author | null {
  if (!isObj(v)) return null
  const id = str(v['id'], 64)
  const name = str(v['name'], 200)
  if (!id || name === null) return null
  return { id, name: name.slice(0, 60) || 'Someone', color: safeColor(String(v['color'])) }
}

function readTarget(v: unknown): CommentTarget | null {
  if (!isObj(v)) return null
  if (v['type'] === 'record') {
    const id = str(v['id'], 256)
    return id ? { type: 'record', id } : null
  }
  const x = num(v['x'])
  const y = num(v['y'])
  return v['type'] === 'point' && x !== null && y !== null ? { type: 'point', x, y } : null
}

function readThread(id: string, v: unknown): CommentThread | null {
  if (!isObj(v)) return null
  const target = readTarget(v['target'])
  const author = readAuthor(v['author'])
  const createdAt = num(v['createdAt'])
  if (!target || !author || createdAt === null) return null
  const resolved = v['resolved'] === true
  return {
    id,
    target,
    anchorLabel: (str(v['anchorLabel'], 500) ?? '').slice(0, 120),
    author,
    createdAt,
    resolved,
    resolvedBy: resolved ? (str(v['resolvedBy'], 200) ?? null) : null,
    resolvedAt: resolved ? num(v['resolvedAt']) : null,
  }
}

function readComment(id: string, v: unknown): Comment | null {
  if (!isObj(v)) return null
  const threadId = str(v['threadId'], 256)
  const author = readAuthor(v['author'])
  const text = str(v['text'], MAX_COMMENT_LENGTH)
  const createdAt = num(v['createdAt'])
  if (!threadId || !author || text === null || createdAt === null) return null
  return { id, threadId, author, text, createdAt, editedAt: num(v['editedAt']) }
}

const STATUSES: readonly VoteStatus[] = ['open', 'revealed', 'closed']

function readVote(id: string, v: unknown): VoteSession | null {
  if (!isObj(v)) return null
  const scope = VOTE_SCOPES.find((s) => s.value === v['scope'])?.value
  const dots = num(v['dots'])
  const startedAt = num(v['startedAt'])
  const status = STATUSES.find((s) => s === v['status'])
  if (!scope || dots === null || startedAt === null || !status) return null
  if (!Number.isInteger(dots) || dots < 1 || dots > MAX_DOTS) return null
  return {
    id,
    title: (str(v['title'], 500) ?? '').slice(0, 120),
    scope,
    dots,
    severalPerItem: v['severalPerItem'] === true,
    anonymous: v['anonymous'] !== false,
    durationMs: num(v['durationMs']),
    status,
    startedAt,
    endsAt: num(v['endsAt']),
    startedBy: str(v['startedBy'], 64) ?? '',
    revealedAt: num(v['revealedAt']),
  }
}

function readBallot(v: unknown): Ballot | null {
  if (!isObj(v)) return null
  const sessionId = str(v['sessionId'], 256)
  const voter = readAuthor(v['voter'])
  if (!sessionId || !voter || !isObj(v['dots'])) return null
  const dots: Record<string, number> = {}
  for (const [item, count] of Object.entries(v['dots'])) {
    if (Number.isInteger(count) && (count as number) > 0 && (count as number) <= MAX_DOTS) {
      Object.defineProperty(dots, item, { value: count, enumerable: true, writable: true })
    }
  }
  return { sessionId, voter, dots }
}

function readTimer(v: unknown): WorkshopTimer | null {
  if (!isObj(v)) return null
  const durationMs = num(v['durationMs'])
  const remainingMs = num(v['remainingMs'])
  if (durationMs === null || remainingMs === null) return null
  const clamp = (ms: number) => Math.max(0, Math.min(MAX_TIMER_MS, ms))
  return {
    durationMs: clamp(durationMs),
    remainingMs: clamp(remainingMs),
    endsAt: num(v['endsAt']),
  }
}

function entries<T>(doc: Y.Doc, name: string, read: (id: string, v: unknown) => T | null): T[] {
  const out: T[] = []
  for (const [id, value] of doc.getMap(name).entries()) {
    const record = read(id, value)
    if (record) out.push(record)
  }
  return out
}

/**
 * The whole workshop state. A vote's ballot must be its voter's own (its key names the voter),
 * so nobody's dots can be written under another person's id by accident.
 */
export function readWorkshop(doc: Y.Doc): WorkshopState {
  const state = doc.getMap(WORKSHOP.state)
  const activeVoteId = str(state.get('activeVote'), 256)
  return {
    threads: entries(doc, WORKSHOP.threads, readThread),
    comments: entries(doc, WORKSHOP.comments, readComment),
    votes: entries(doc, WORKSHOP.votes, readVote).sort((a, b) => a.startedAt - b.startedAt),
    ballots: entries(doc, WORKSHOP.ballots, (key, v) => {
      const ballot = readBallot(v)
      return ballot && key === ballotKey(ballot.sessionId, ballot.voter.id) ? ballot : null
    }),
    facilitator: readAuthor(state.get('facilitator')),
    timer: readTimer(state.get('timer')),
    activeVoteId,
  }
}

export const ballotKey = (sessionId: string, voterId: string) => `${sessionId}/${voterId}`

// One map's workshop doc on this client: comments, votes, the timer and who facilitates, in a
// Y.Doc of its own synced at `/workshop/<mapId>`, where a comment link may write (the map's own
// doc stays read-only to it). Records are plain JSON values, one key each, written whole: a
// comment, a thread, a vote session, one person's ballot. Two people never write the same key
// except when editing the same thread's state (resolve), which is last-writer-wins.

import * as Y from 'yjs'
import { Awareness } from 'y-protocols/awareness'
import type { Comment, CommentThread } from '../../domain/workshop/comments'
import type { WorkshopTimer } from '../../domain/workshop/timer'
import type { Ballot, VoteSession } from '../../domain/workshop/votes'
import type { Author } from '../../domain/workshop/comments'
import { LOCAL_ORIGIN } from '../origin'
import type { ConnectionInfo, SessionTransport } from '../session'
import { ballotKey, EMPTY_WORKSHOP, readWorkshop, WORKSHOP, type WorkshopState } from './read'

export interface WorkshopSession {
  getState(): WorkshopState
  subscribe(listener: (state: WorkshopState) => void): () => void
  putThread(thread: CommentThread): void
  putComment(comment: Comment): void
  /** Deletes the comment; the thread goes with its last comment. */
  deleteComment(id: string): void
  putVote(vote: VoteSession): void
  putBallot(ballot: Ballot): void
  setActiveVote(id: string | null): void
  setTimer(timer: WorkshopTimer | null): void
  setFacilitator(author: Author | null): void
  connection(): ConnectionInfo
  onConnection(listener: (info: ConnectionInfo) => void): () => void
  destroy(): void
}

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

export function createWorkshopSession(
  options: { doc?: Y.Doc; transport?: (doc: Y.Doc, awareness: Awareness) => SessionTransport } = {},
): WorkshopSession {
  const doc = options.doc ?? new Y.Doc()
  // Presence travels with the map's doc; this doc's awareness stays empty.
  const awareness = new Awareness(doc)
  awareness.setLocalState(null)
  const transport = options.transport?.(doc, awareness) ?? {
    connection: (): ConnectionInfo => ({ state: 'offline', synced: false, reason: null }),
    onConnection: () => () => {},
    destroy: () => {},
  }
  let state: WorkshopState = readWorkshop(doc)
  const listeners = new Set<(state: WorkshopState) => void>()
  const onUpdate = () => {
    state = readWorkshop(doc)
    for (const listener of listeners) listener(state)
  }
  doc.on('afterTransaction', onUpdate)
  const write = (run: () => void) => doc.transact(run, LOCAL_ORIGIN)
  const map = (name: string) => doc.getMap<unknown>(name)
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    putThread: (thread) => write(() => map(WORKSHOP.threads).set(thread.id, plain(thread))),
    putComment: (comment) => write(() => map(WORKSHOP.comments).set(comment.id, plain(comment))),
    deleteComment(id) {
      write(() => {
        const comments = map(WORKSHOP.comments)
        const found = state.comments.find((c) => c.id === id)
        comments.delete(id)
        if (found && !state.comments.some((c) => c.id !== id && c.threadId === found.threadId)) {
          map(WORKSHOP.threads).delete(found.threadId)
        }
      })
    },
    putVote: (vote) => write(() => map(WORKSHOP.votes).set(vote.id, plain(vote))),
    putBallot: (ballot) =>
      write(() =>
        map(WORKSHOP.ballots).set(ballotKey(ballot.sessionId, ballot.voter.id), plain(ballot)),
      ),
    setActiveVote: (id) => write(() => map(WORKSHOP.state).set('activeVote', id)),
    setTimer: (timer) => write(() => map(WORKSHOP.state).set('timer', timer && plain(timer))),
    setFacilitator: (author) =>
      write(() => map(WORKSHOP.state).set('facilitator', author && plain(author))),
    connection: transport.connection,
    onConnection: transport.onConnection,
    destroy() {
      doc.off('afterTransaction', onUpdate)
      listeners.clear()
      transport.destroy()
      awareness.destroy()
      doc.destroy()
    },
  }
}

export { EMPTY_WORKSHOP, type WorkshopState }

// Comments: start a thread on an item or a point, reply, edit or delete your own, resolve and
// reopen. They write the map's workshop doc (src/collab/workshop), so a comment link may run
// them; a view link may not. "Your own" is checked here against this browser's author id: without
// accounts the server cannot tell authors apart (README: "Workshop mode").

import { CARD_SIZE } from '../domain/card'
import { getRecord } from '../domain/kinds/collections'
import { defaultRegistry } from '../domain/kinds/registry'
import { newId } from '../domain/ids'
import {
  checkCommentText,
  type Comment,
  type CommentTarget,
  type CommentThread,
} from '../domain/workshop/comments'
import { notify, setSelection } from '../state/editor-store'
import { currentMessages } from '../state/locale'
import type { Command } from './types'

export interface StartCommentArgs {
  target: CommentTarget
  /** What the item is called, kept with the thread (an orphaned thread still says what it was). */
  label: string
}

/** Opens the composer for a new thread on the item (or point) and the comments panel. */
export const startComment: Command<StartCommentArgs> = {
  id: 'comment.start',
  label: (m) => m.commands.commentStart,
  group: 'Workshop',
  allowedIn: 'comment',
  listed: false,
  run({ store }, draft) {
    store.setState({ commentDraft: draft, sidePanel: 'comments', activeThreadId: null })
  },
}

export interface AddCommentArgs {
  /** Reply to this thread, or start a new one on `draft`'s target. */
  threadId?: string
  draft?: StartCommentArgs
  text: string
}

/** Adds a comment; returns the thread id, or null when the text was refused. */
export const addComment: Command<AddCommentArgs, string | null> = {
  id: 'comment.add',
  label: (m) => m.commands.commentAdd,
  group: 'Workshop',
  allowedIn: 'comment',
  listed: false,
  run({ store }, { threadId, draft, text }) {
    const checked = checkCommentText(text, currentMessages())
    if (!checked.ok) {
      notify(store, checked.reason, 'error')
      return null
    }
    const { me } = store.getState()
    const now = Date.now()
    let id = threadId
    if (id === undefined) {
      if (!draft) throw new Error('a new comment needs a thread or a target')
      id = newId()
      const thread: CommentThread = {
        id,
        target: draft.target,
        anchorLabel: draft.label.slice(0, 120),
        author: me,
        createdAt: now,
        resolved: false,
        resolvedBy: null,
        resolvedAt: null,
      }
      store.workshop.putThread(thread)
    }
    const comment: Comment = {
      id: newId(),
      threadId: id,
      author: me,
      text: checked.text,
      createdAt: now,
      editedAt: null,
    }
    store.workshop.putComment(comment)
    store.setState({ commentDraft: null, activeThreadId: id })
    return id
  },
}

function ownComment(store: Parameters<Command['run']>[0]['store'], id: string): Comment | null {
  const { workshop, me } = store.getState()
  const comment = workshop.comments.find((c) => c.id === id)
  if (!comment) return null
  if (comment.author.id !== me.id) {
    notify(store, currentMessages().workshop.comments.onlyAuthor, 'error')
    return null
  }
  return comment
}

export const editComment: Command<{ id: string; text: string }, boolean> = {
  id: 'comment.edit',
  label: (m) => m.commands.commentEdit,
  group: 'Workshop',
  allowedIn: 'comment',
  listed: false,
  run({ store }, { id, text }) {
    const comment = ownComment(store, id)
    if (!comment) return false
    const checked = checkCommentText(text, currentMessages())
    if (!checked.ok) {
      notify(store, checked.reason, 'error')
      return false
    }
    if (checked.text === comment.text) return true
    store.workshop.putComment({ ...comment, text: checked.text, editedAt: Date.now() })
    return true
  },
}

export const deleteComment: Command<{ id: string }, boolean> = {
  id: 'comment.delete',
  label: (m) => m.commands.commentDelete,
  group: 'Workshop',
  allowedIn: 'comment',
  listed: false,
  run({ store }, { id }) {
    if (!ownComment(store, id)) return false
    store.workshop.deleteComment(id)
    return true
  },
}

export const resolveThread: Command<{ threadId: string; resolved: boolean }, boolean> = {
  id: 'comment.resolve',
  label: (m) => m.commands.commentResolve,
  group: 'Workshop',
  allowedIn: 'comment',
  listed: false,
  run({ store }, { threadId, resolved }) {
    const { workshop, me } = store.getState()
    const thread = workshop.threads.find((t) => t.id === threadId)
    if (!thread) return false
    store.workshop.putThread({
      ...thread,
      resolved,
      resolvedBy: resolved ? me.name : null,
      resolvedAt: resolved ? Date.now() : null,
    })
    return true
  },
}

export const toggleComments: Command = {
  id: 'comments.toggle',
  label: (m) => m.commands.commentsToggle,
  group: 'Workshop',
  allowedIn: 'view',
  shortcuts: ['Shift+M'],
  run({ store }) {
    const open = store.getState().sidePanel === 'comments'
    store.setState({ sidePanel: open ? 'inspector' : 'comments', commentDraft: null })
  },
}

/** Pans to a thread's item (and selects it) or to its point; false for a deleted item. */
export const flyTo: Command<CommentTarget, boolean> = {
  id: 'comment.fly-to',
  label: (m) => m.commands.commentFlyTo,
  group: 'Workshop',
  allowedIn: 'view',
  listed: false,
  run({ store, viewport }, target) {
    if (target.type === 'point') {
      viewport?.reveal({ x: target.x - 40, y: target.y - 40, width: 80, height: 80 })
      return true
    }
    const map = store.getState().map
    const kind = defaultRegistry.kindOfId(map, target.id)
    const record = kind ? getRecord(map, kind, target.id) : undefined
    if (!kind || !record) return false
    const rect = kind.bounds?.(record, map, CARD_SIZE)
    if (rect) viewport?.reveal(rect)
    if (kind.onCanvas !== false) setSelection(store, [target.id])
    return true
  },
}

export const commentCommands = [
  flyTo,
  startComment,
  addComment,
  editComment,
  deleteComment,
  resolveThread,
  toggleComments,
]

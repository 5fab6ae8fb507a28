// One thread in the comments panel: what it is pinned to (click to fly there), its comments,
// resolve / reopen, reply, and edit / delete for one's own comments.

import { useState } from 'react'
import { Check, MapPin, Pencil, RotateCcw, Trash2 } from 'lucide-react'
import {
  addComment,
  deleteComment,
  editComment,
  flyTo,
  resolveThread,
} from '../../commands/comment-commands'
import { useRunCommand } from '../../commands/use-command'
import type { Comment, ThreadView } from '../../domain/workshop/comments'
import { useEditor, useEditorStore } from '../../state/context'
import { canComment } from '../../state/selectors'
import { fullDate, relativeTime } from '../map-list/relative-time'
import { initials, readableTextColor, safeColor } from '../presence/avatar'
import { CommentText } from './CommentText'
import { Composer } from './Composer'
import { recordLabel } from './labels'

interface Props {
  view: ThreadView
  active: boolean
  names: readonly string[]
  now: number
}

export function ThreadCard({ view, active, names, now }: Props) {
  const { thread, comments, orphaned } = view
  const store = useEditorStore()
  const run = useRunCommand()
  const allowed = useEditor(canComment)
  const map = useEditor((s) => s.map)
  const label =
    thread.target.type === 'point'
      ? 'A point on the canvas'
      : orphaned
        ? thread.anchorLabel || 'A deleted item'
        : recordLabel(map, thread.target.id)
  return (
    <article
      className={`ws-thread${active ? ' ws-thread--active' : ''}${thread.resolved ? ' ws-thread--resolved' : ''}`}
      data-testid="comment-thread"
      aria-label={`Thread on ${label}`}
      onClick={() => {
        if (!active) store.setState({ activeThreadId: thread.id })
      }}
    >
      <header className="ws-thread__head">
        <button
          type="button"
          className="ws-thread__anchor"
          title={orphaned ? 'This item was deleted' : 'Show on the canvas'}
          disabled={orphaned}
          onClick={(event) => {
            event.stopPropagation()
            run(flyTo, thread.target)
          }}
        >
          <MapPin size={13} aria-hidden />
          <span>{label}</span>
        </button>
        {orphaned && <span className="ws-tag ws-tag--warn">Item deleted</span>}
        {thread.resolved && <span className="ws-tag">Resolved</span>}
        <button
          type="button"
          className="ws-button ws-button--small"
          disabled={!allowed}
          onClick={(event) => {
            event.stopPropagation()
            run(resolveThread, { threadId: thread.id, resolved: !thread.resolved })
          }}
        >
          {thread.resolved ? <RotateCcw size={13} aria-hidden /> : <Check size={13} aria-hidden />}
          {thread.resolved ? 'Reopen' : 'Resolve'}
        </button>
      </header>
      <ol className="ws-comments">
        {(active ? comments : comments.slice(0, 1)).map((comment) => (
          <li key={comment.id}>
            <CommentItem comment={comment} names={names} now={now} />
          </li>
        ))}
      </ol>
      {!active && comments.length > 1 && (
        <p className="ws-thread__more">
          {comments.length - 1} repl{comments.length === 2 ? 'y' : 'ies'}
        </p>
      )}
      {active && allowed && !thread.resolved && (
        <Composer
          placeholder="Reply"
          submitLabel="Reply"
          names={names}
          onSubmit={(text) => run(addComment, { threadId: thread.id, text })}
        />
      )}
      {thread.resolved && thread.resolvedBy && (
        <p className="ws-thread__more">Resolved by {thread.resolvedBy}</p>
      )}
    </article>
  )
}

function CommentItem({
  comment,
  names,
  now,
}: {
  comment: Comment
  names: readonly string[]
  now: number
}) {
  const run = useRunCommand()
  const me = useEditor((s) => s.me)
  const allowed = useEditor(canComment)
  const [editing, setEditing] = useState(false)
  const mine = comment.author.id === me.id
  const color = safeColor(comment.author.color)
  return (
    <div className="ws-comment" data-testid="comment">
      <div className="ws-comment__head">
        <span
          className="ws-avatar"
          style={{ background: color, color: readableTextColor(color) }}
          aria-hidden
        >
          {initials(comment.author.name)}
        </span>
        <strong className="ws-comment__author">{comment.author.name}</strong>
        <time className="ws-comment__time" title={fullDate(comment.createdAt)}>
          {relativeTime(comment.createdAt, now)}
          {comment.editedAt !== null && ' · edited'}
        </time>
        {mine && allowed && !editing && (
          <span className="ws-comment__tools">
            <button
              type="button"
              className="ws-icon-button"
              aria-label="Edit your comment"
              onClick={() => setEditing(true)}
            >
              <Pencil size={13} aria-hidden />
            </button>
            <button
              type="button"
              className="ws-icon-button"
              aria-label="Delete your comment"
              onClick={() => run(deleteComment, { id: comment.id })}
            >
              <Trash2 size={13} aria-hidden />
            </button>
          </span>
        )}
      </div>
      {editing ? (
        <Composer
          placeholder="Edit your comment"
          submitLabel="Save"
          names={names}
          initial={comment.text}
          autoFocus
          onSubmit={(text) => {
            const saved = run(editComment, { id: comment.id, text })
            if (saved) setEditing(false)
            return saved
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <CommentText text={comment.text} names={[...names, me.name]} me={me.name} />
      )}
    </div>
  )
}

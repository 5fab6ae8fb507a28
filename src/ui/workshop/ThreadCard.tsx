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
import { useT } from '../../state/locale'
import { initials, readableTextColor, safeColor } from '../presence/avatar'
import { CommentText } from './CommentText'
import { Composer } from './Composer'
import { recordLabel } from './labels'
import { useDates } from './use-dates'

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
  const t = useT()
  const label =
    thread.target.type === 'point'
      ? t.workshop.pointOnCanvas
      : orphaned
        ? thread.anchorLabel || t.workshop.deletedItem
        : recordLabel(map, thread.target.id, t)
  return (
    <article
      className={`ws-thread${active ? ' ws-thread--active' : ''}${thread.resolved ? ' ws-thread--resolved' : ''}`}
      data-testid="comment-thread"
      aria-label={t.workshop.comments.threadOn(label)}
      onClick={() => {
        if (!active) store.setState({ activeThreadId: thread.id })
      }}
    >
      <header className="ws-thread__head">
        <button
          type="button"
          className="ws-thread__anchor"
          title={orphaned ? t.workshop.comments.itemWasDeleted : t.workshop.showOnCanvas}
          disabled={orphaned}
          onClick={(event) => {
            event.stopPropagation()
            run(flyTo, thread.target)
          }}
        >
          <MapPin size={13} aria-hidden />
          <span>{label}</span>
        </button>
        {orphaned && <span className="ws-tag ws-tag--warn">{t.workshop.comments.itemDeleted}</span>}
        {thread.resolved && <span className="ws-tag">{t.workshop.comments.resolved}</span>}
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
          {thread.resolved ? t.workshop.comments.reopen : t.workshop.comments.resolve}
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
        <p className="ws-thread__more">{t.workshop.comments.replies(comments.length - 1)}</p>
      )}
      {active && allowed && !thread.resolved && (
        <Composer
          placeholder={t.workshop.comments.reply}
          submitLabel={t.workshop.comments.reply}
          names={names}
          onSubmit={(text) => run(addComment, { threadId: thread.id, text })}
        />
      )}
      {thread.resolved && thread.resolvedBy && (
        <p className="ws-thread__more">{t.workshop.comments.resolvedBy(thread.resolvedBy)}</p>
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
  const t = useT()
  const dates = useDates()
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
        <time className="ws-comment__time" title={dates.full(comment.createdAt)}>
          {comment.editedAt !== null
            ? t.workshop.comments.edited(dates.relative(comment.createdAt, now))
            : dates.relative(comment.createdAt, now)}
        </time>
        {mine && allowed && !editing && (
          <span className="ws-comment__tools">
            <button
              type="button"
              className="ws-icon-button"
              aria-label={t.workshop.comments.editYours}
              onClick={() => setEditing(true)}
            >
              <Pencil size={13} aria-hidden />
            </button>
            <button
              type="button"
              className="ws-icon-button"
              aria-label={t.workshop.comments.deleteYours}
              onClick={() => run(deleteComment, { id: comment.id })}
            >
              <Trash2 size={13} aria-hidden />
            </button>
          </span>
        )}
      </div>
      {editing ? (
        <Composer
          placeholder={t.workshop.comments.editYours}
          submitLabel={t.common.save}
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

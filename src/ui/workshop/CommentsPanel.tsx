// The comments side panel: threads filtered open / resolved / mine, newest activity first; the
// composer of a new thread; each thread with its replies, resolve / reopen, and edit or delete
// for one's own comments. Clicking a thread's item flies the canvas to it.

import { useMemo, useState } from 'react'
import { MessageSquarePlus, X } from 'lucide-react'
import { useRunCommand } from '../../commands/use-command'
import { addComment, startComment } from '../../commands/comment-commands'
import { pointTarget, threadViews, type ThreadFilter } from '../../domain/workshop/comments'
import { useEditor, useEditorStore } from '../../state/context'
import { canComment, exists, kindOfId } from '../../state/selectors'
import { Composer } from './Composer'
import { ThreadCard } from './ThreadCard'
import { recordLabel } from './labels'
import { useMentionNames } from './use-mention-names'
import { useNow } from '../../canvas/workshop/use-now'
import './workshop.css'
import './comments.css'

const FILTERS: readonly { value: ThreadFilter; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'resolved', label: 'Resolved' },
  { value: 'mine', label: 'Mine' },
]

export function CommentsPanel({ center }: { center(): { x: number; y: number } }) {
  const store = useEditorStore()
  const run = useRunCommand()
  const [filter, setFilter] = useState<ThreadFilter>('open')
  const workshop = useEditor((s) => s.workshop)
  const map = useEditor((s) => s.map)
  const me = useEditor((s) => s.me)
  const draft = useEditor((s) => s.commentDraft)
  const activeThreadId = useEditor((s) => s.activeThreadId)
  const allowed = useEditor(canComment)
  const selected = useEditor((s) => (s.selection.size === 1 ? [...s.selection][0] : undefined))
  const names = useMentionNames()
  const now = useNow(30_000)
  const views = useMemo(
    () => threadViews(workshop.threads, workshop.comments, (id) => exists(map, id), filter, me.id),
    [workshop.threads, workshop.comments, map, filter, me.id],
  )
  const openCount = useMemo(
    () => threadViews(workshop.threads, workshop.comments, () => true, 'open', me.id).length,
    [workshop.threads, workshop.comments, me.id],
  )

  const newThread = () => {
    if (selected !== undefined && kindOfId(map, selected)) {
      run(startComment, {
        target: { type: 'record', id: selected },
        label: recordLabel(map, selected),
      })
    } else {
      run(startComment, { target: pointTarget(center()), label: 'A point on the canvas' })
    }
  }

  return (
    <aside className="ws-panel" aria-label="Comments" data-testid="comments-panel">
      <header className="ws-panel__head">
        <h2 className="ws-panel__title">
          Comments <span className="ws-count">{openCount}</span>
        </h2>
        <button
          type="button"
          className="ws-button ws-button--primary"
          disabled={!allowed}
          title={selected ? 'Comment on the selected item' : 'Comment on the middle of the canvas'}
          onClick={newThread}
        >
          <MessageSquarePlus size={14} aria-hidden />
          New
        </button>
        <button
          type="button"
          className="ws-icon-button"
          aria-label="Close comments"
          onClick={() => store.setState({ sidePanel: 'inspector', commentDraft: null })}
        >
          <X size={16} aria-hidden />
        </button>
      </header>
      <div className="ws-tabs" role="tablist" aria-label="Show threads">
        {FILTERS.map((f) => (
          <button
            key={f.value}
            type="button"
            role="tab"
            aria-selected={filter === f.value}
            className="ws-tab"
            onClick={() => setFilter(f.value)}
          >
            {f.label}
          </button>
        ))}
      </div>
      {draft && (
        <div className="ws-thread ws-thread--draft" data-testid="comment-draft">
          <p className="ws-thread__anchor-text">
            New comment on <strong>{draft.label || 'an item'}</strong>
          </p>
          <Composer
            placeholder="Write a comment"
            names={names}
            autoFocus
            onSubmit={(text) => run(addComment, { draft, text })}
            onCancel={() => store.setState({ commentDraft: null })}
          />
        </div>
      )}
      <ol className="ws-threads">
        {views.map((view) => (
          <li key={view.thread.id}>
            <ThreadCard
              view={view}
              active={view.thread.id === activeThreadId}
              names={names}
              now={now}
            />
          </li>
        ))}
      </ol>
      {views.length === 0 && !draft && (
        <p className="ws-empty">
          {filter === 'open'
            ? 'No open comments. Select a card and press New to start a thread.'
            : filter === 'resolved'
              ? 'Nothing resolved yet.'
              : 'You have not commented on this map yet.'}
        </p>
      )}
    </aside>
  )
}

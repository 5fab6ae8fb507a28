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
import { useT } from '../../state/locale'
import { withStrong } from './emphasis'
import './workshop.css'
import './comments.css'

const FILTERS: readonly ThreadFilter[] = ['open', 'resolved', 'mine']

export function CommentsPanel({ center }: { center(): { x: number; y: number } }) {
  const store = useEditorStore()
  const run = useRunCommand()
  const t = useT()
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
        label: recordLabel(map, selected, t),
      })
    } else {
      run(startComment, { target: pointTarget(center()), label: t.workshop.pointOnCanvas })
    }
  }

  return (
    <aside className="ws-panel" aria-label={t.workshop.comments.title} data-testid="comments-panel">
      <header className="ws-panel__head">
        <h2 className="ws-panel__title">
          {t.workshop.comments.title} <span className="ws-count">{openCount}</span>
        </h2>
        <button
          type="button"
          className="ws-button ws-button--primary"
          disabled={!allowed}
          title={
            selected ? t.workshop.comments.newTitleSelected : t.workshop.comments.newTitleCenter
          }
          onClick={newThread}
        >
          <MessageSquarePlus size={14} aria-hidden />
          {t.workshop.comments.new}
        </button>
        <button
          type="button"
          className="ws-icon-button"
          aria-label={t.workshop.comments.close}
          onClick={() => store.setState({ sidePanel: 'inspector', commentDraft: null })}
        >
          <X size={16} aria-hidden />
        </button>
      </header>
      <div className="ws-tabs" role="tablist" aria-label={t.workshop.comments.showThreads}>
        {FILTERS.map((value) => (
          <button
            key={value}
            type="button"
            role="tab"
            aria-selected={filter === value}
            className="ws-tab"
            onClick={() => setFilter(value)}
          >
            {t.workshop.comments.filters[value]}
          </button>
        ))}
      </div>
      {draft && (
        <div className="ws-thread ws-thread--draft" data-testid="comment-draft">
          <p className="ws-thread__anchor-text">
            {withStrong(
              t.workshop.comments.newCommentOn,
              draft.label || t.workshop.comments.anItem,
            )}
          </p>
          <Composer
            placeholder={t.workshop.comments.write}
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
            ? t.workshop.comments.emptyOpen
            : filter === 'resolved'
              ? t.workshop.comments.emptyResolved
              : t.workshop.comments.emptyMine}
        </p>
      )}
    </aside>
  )
}

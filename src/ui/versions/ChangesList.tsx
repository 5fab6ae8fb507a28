// "What changed since" a version: every added, removed and changed record, grouped, with the
// changed fields in words. Clicking a record that is on the canvas selects it and flies there.

import { ArrowLeft } from 'lucide-react'
import { commands } from '../../commands'
import { useCommandContext } from './use-command-context'
import { useEditor, useEditorStore } from '../../state/context'
import { setSelection } from '../../state/editor-store'
import { versionChanges } from '../../state/version-changes'
import type { ChangeEntry, ChangeStatus } from '../../domain/versions/change-list'
import { fullDate } from '../map-list/relative-time'
import { flyTo } from './fly-to'

const GROUPS: readonly { status: ChangeStatus; title: string }[] = [
  { status: 'added', title: 'Added' },
  { status: 'changed', title: 'Changed' },
  { status: 'removed', title: 'Removed' },
]

export function ChangesList() {
  const store = useEditorStore()
  const context = useCommandContext()
  const since = useEditor((s) => s.changes?.since ?? null)
  const view = useEditor(versionChanges)
  if (!since || !view) return null
  const total = view.entries.length
  return (
    <section className="vh-changes" aria-label="Changes since the version" data-testid="changes">
      <button
        type="button"
        className="vh-back"
        onClick={() => commands.run('versions.hide-changes', context())}
      >
        <ArrowLeft size={15} aria-hidden /> All versions
      </button>
      <h3 className="vh-changes__title">
        {total === 0 ? 'No changes' : total === 1 ? '1 change' : `${total} changes`} since “
        {since.label}”
      </h3>
      <p className="vh-muted">Saved {fullDate(since.createdAt)}</p>
      {GROUPS.map(({ status, title }) => {
        const entries = view.entries.filter((entry) => entry.status === status)
        if (entries.length === 0) return null
        return (
          <div key={status} className="vh-group">
            <h4 className={`vh-group__title vh-group__title--${status}`}>
              {title} <span className="vh-count">{entries.length}</span>
            </h4>
            <ul className="vh-list">
              {entries.map((entry, index) => (
                <ChangeItem
                  key={`${entry.kind}:${entry.id ?? index}`}
                  entry={entry}
                  onOpen={
                    entry.id !== null && entry.status !== 'removed'
                      ? () => {
                          setSelection(store, [entry.id!])
                          flyTo(context(), store.getState().map, entry.id!)
                        }
                      : null
                  }
                />
              ))}
            </ul>
          </div>
        )
      })}
    </section>
  )
}

function ChangeItem({ entry, onOpen }: { entry: ChangeEntry; onOpen: (() => void) | null }) {
  const body = (
    <>
      <span className="vh-change__noun">{entry.noun}</span>
      <span className="vh-change__name">{entry.name}</span>
      {entry.fields.length > 0 && (
        <span className="vh-change__fields">{entry.fields.join(', ')}</span>
      )}
      {entry.also && <span className="vh-change__also">{entry.also}</span>}
      {entry.by && <span className="vh-change__by">by {entry.by}</span>}
    </>
  )
  return (
    <li className={`vh-change vh-change--${entry.status}`} data-testid="change">
      {onOpen ? (
        <button type="button" className="vh-change__open" onClick={onOpen}>
          {body}
        </button>
      ) : (
        <div className="vh-change__open vh-change__open--static">{body}</div>
      )}
    </li>
  )
}

// "What changed since" a version: every added, removed and changed record, grouped, with the
// changed fields in words. Clicking a record that is on the canvas selects it and flies there.

import { ArrowLeft } from 'lucide-react'
import { commands } from '../../commands'
import { useCommandContext } from './use-command-context'
import { useEditor, useEditorStore } from '../../state/context'
import { setSelection } from '../../state/editor-store'
import { versionChanges } from '../../state/version-changes'
import type { ChangeEntry, ChangeStatus } from '../../domain/versions/change-list'
import { useT } from '../../state/locale'
import { useDates } from '../workshop/use-dates'
import { flyTo } from './fly-to'

const GROUPS: readonly ChangeStatus[] = ['added', 'changed', 'removed']

export function ChangesList() {
  const store = useEditorStore()
  const context = useCommandContext()
  const t = useT()
  const words = t.versions.changes
  const dates = useDates()
  const since = useEditor((s) => s.changes?.since ?? null)
  const view = useEditor((s) => versionChanges(s, t))
  if (!since || !view) return null
  const total = view.entries.length
  return (
    <section className="vh-changes" aria-label={words.region} data-testid="changes">
      <button
        type="button"
        className="vh-back"
        onClick={() => commands.run('versions.hide-changes', context())}
      >
        <ArrowLeft size={15} aria-hidden /> {words.allVersions}
      </button>
      <h3 className="vh-changes__title">{words.heading(total, since.label)}</h3>
      <p className="vh-muted">{words.saved(dates.full(since.createdAt))}</p>
      {GROUPS.map((status) => {
        const entries = view.entries.filter((entry) => entry.status === status)
        if (entries.length === 0) return null
        return (
          <div key={status} className="vh-group">
            <h4 className={`vh-group__title vh-group__title--${status}`}>
              {words.groups[status]} <span className="vh-count">{entries.length}</span>
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
  const t = useT()
  const body = (
    <>
      <span className="vh-change__noun">{entry.noun}</span>
      <span className="vh-change__name">{entry.name}</span>
      {entry.fields.length > 0 && (
        <span className="vh-change__fields">{entry.fields.join(', ')}</span>
      )}
      {entry.also && <span className="vh-change__also">{entry.also}</span>}
      {entry.by && <span className="vh-change__by">{t.versions.changes.by(entry.by)}</span>}
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

// The version history, in place of the inspector: save a named version, the list of versions
// (named and automatic, newest first) with preview, "changes since", restore, compare and fork,
// or — while "what changed" is on — the list of changes. A map made from a version links back to
// it and offers the as-is ↔ to-be comparison.

import { GitCompareArrows, X } from 'lucide-react'
import { commands } from '../../commands'
import { versionsErrorText } from '../../api/versions'
import { useEditor, useEditorStore } from '../../state/context'
import { useT } from '../../state/locale'
import { useNow } from '../map-list/use-map-list'
import { navigate } from '../navigation'
import { ChangesList } from './ChangesList'
import { compareHref } from './compare-link'
import { SaveVersionForm } from './SaveVersionForm'
import { useCommandContext } from './use-command-context'
import { useVersionList } from './use-version-list'
import { VersionRow } from './VersionRow'
import './versions.css'

export function VersionsPanel() {
  const store = useEditorStore()
  const mapId = store.session.mapId
  const context = useCommandContext()
  const t = useT()
  const words = t.versions.panel
  const canEdit = useEditor((s) => s.role === 'edit' && !s.newerDoc && !s.preview)
  const mayEdit = useEditor((s) => s.role === 'edit')
  const showingChanges = useEditor((s) => s.changes !== null && s.preview === null)
  const previewId = useEditor((s) => s.preview?.version.id ?? null)
  const { state } = useVersionList(mapId)
  const now = useNow()
  return (
    <aside className="vh" aria-label={words.title} data-testid="versions-panel">
      <header className="vh__header">
        <h2 className="vh__title">{words.title}</h2>
        <button
          type="button"
          className="vh-icon"
          aria-label={words.close}
          title={words.close}
          onClick={() => commands.run('versions.toggle', context())}
        >
          <X size={18} aria-hidden />
        </button>
      </header>
      {showingChanges ? (
        <ChangesList />
      ) : (
        <>
          {canEdit && <SaveVersionForm />}
          {state.status === 'ready' && state.value.origin && (
            <div className="vh-origin">
              <p>{words.madeFrom(state.value.origin.label)}</p>
              <a
                className="vh-action"
                href={compareHref(
                  { mapId: state.value.origin.mapId, versionId: state.value.origin.versionId },
                  { mapId },
                )}
                onClick={(event) => {
                  event.preventDefault()
                  navigate(event.currentTarget.getAttribute('href') ?? '/')
                }}
              >
                <GitCompareArrows size={14} aria-hidden /> {words.compareAsIs}
              </a>
            </div>
          )}
          {state.status === 'loading' && <p className="vh-muted vh-pad">{words.loading}</p>}
          {state.status === 'failed' && (
            <p className="vh-error vh-pad" role="alert">
              {versionsErrorText(state.error, t)}
            </p>
          )}
          {state.status === 'ready' && state.value.versions.length === 0 && (
            <p className="vh-muted vh-pad">{words.empty}</p>
          )}
          {state.status === 'ready' && state.value.versions.length > 0 && (
            <ol className="vh-versions" aria-label={words.list}>
              {state.value.versions.map((version) => (
                <VersionRow
                  key={version.id}
                  mapId={mapId}
                  version={version}
                  canEdit={mayEdit}
                  previewing={version.id === previewId}
                  now={now}
                />
              ))}
            </ol>
          )}
        </>
      )}
    </aside>
  )
}

// The version history, in place of the inspector: save a named version, the list of versions
// (named and automatic, newest first) with preview, "changes since", restore, compare and fork,
// or — while "what changed" is on — the list of changes. A map made from a version links back to
// it and offers the as-is ↔ to-be comparison.

import { GitCompareArrows, X } from 'lucide-react'
import { commands } from '../../commands'
import { useEditor, useEditorStore } from '../../state/context'
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
  const canEdit = useEditor((s) => s.role === 'edit' && !s.newerDoc && !s.preview)
  const mayEdit = useEditor((s) => s.role === 'edit')
  const showingChanges = useEditor((s) => s.changes !== null && s.preview === null)
  const previewId = useEditor((s) => s.preview?.version.id ?? null)
  const { state } = useVersionList(mapId)
  const now = useNow()
  return (
    <aside className="vh" aria-label="Version history" data-testid="versions-panel">
      <header className="vh__header">
        <h2 className="vh__title">Version history</h2>
        <button
          type="button"
          className="vh-icon"
          aria-label="Close version history"
          title="Close version history"
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
              <p>Made from version “{state.value.origin.label}” of another map (its as-is).</p>
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
                <GitCompareArrows size={14} aria-hidden /> Compare as-is with this to-be
              </a>
            </div>
          )}
          {state.status === 'loading' && <p className="vh-muted vh-pad">Loading versions…</p>}
          {state.status === 'failed' && (
            <p className="vh-error vh-pad" role="alert">
              {state.error}
            </p>
          )}
          {state.status === 'ready' && state.value.versions.length === 0 && (
            <p className="vh-muted vh-pad">
              No versions yet. Save one before a workshop or a delivery; Trailmap also keeps one
              automatically when everyone leaves after changes, and hourly while the map is edited.
            </p>
          )}
          {state.status === 'ready' && state.value.versions.length > 0 && (
            <ol className="vh-versions" aria-label="Versions">
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

import { useCallback, useEffect, useMemo, useRef } from 'react'
import { ReactFlowProvider } from '@xyflow/react'
import { ArrowLeft, History, Share2 } from 'lucide-react'
import { earlyRole, getMapAccess } from '../api/maps'
import { settleLinkToken } from '../api/tokens'
import { JourneyCanvas } from '../canvas/JourneyCanvas'
import type { CommandContext, ViewportApi } from '../commands'
import { commands } from '../commands'
import { CommandContextSource } from '../commands/use-command'
import { EditorStoreContext, useEditor } from '../state/context'
import { createEditorStore, type EditorStore } from '../state/editor-store'
import { ShareDialog } from '../ui/dialogs/ShareDialog'
import { ShortcutsDialog } from '../ui/dialogs/ShortcutsDialog'
import { ExportDialog } from '../ui/export/ExportDialog'
import { ImportDialog } from '../ui/export/ImportDialog'
import { Inspector } from '../ui/inspector/Inspector'
import { CommentsPanel } from '../ui/workshop/CommentsPanel'
import { VotePanel } from '../ui/workshop/VotePanel'
import { VoteSetupDialog } from '../ui/workshop/VoteSetupDialog'
import { WorkshopStatus } from '../ui/workshop/WorkshopStatus'
import { NoticeToast } from '../ui/notices/NoticeToast'
import { ConnectionBadge } from '../ui/presence/ConnectionBadge'
import { PresenceBar } from '../ui/presence/PresenceBar'
import { RoleBadge } from '../ui/presence/RoleBadge'
import { Toolbar } from '../ui/toolbar/Toolbar'
import { PreviewBanner } from '../ui/versions/PreviewBanner'
import { VersionsPanel } from '../ui/versions/VersionsPanel'
import { ClosedOverlay } from './ClosedOverlay'
import { MapTitle } from './MapTitle'
import { NewerDocBanner } from './NewerDocBanner'
import { navigate } from '../ui/navigation'
import { openAsNewMap } from './open-as-new-map'
import { holdSession, sessionFor, workshopFor } from './session-cache'
import { loadUser } from '../ui/presence/user'
import { useShortcuts } from './use-shortcuts'
import './editor.css'
import { LanguageSwitch } from '../ui/locale/LanguageSwitch'
import { useT } from '../state/locale'

export function MapPage({ mapId }: { mapId: string }) {
  const session = sessionFor(mapId)
  useEffect(() => holdSession(mapId), [mapId])
  const workshop = workshopFor(mapId)
  const store = useMemo(() => {
    // When the page's first request has brought the role back already, the first drawing of the
    // map has it: a role arriving after a big map redraws every card's wrapper.
    const role = earlyRole(mapId)
    return createEditorStore(session, { workshop, me: loadUser(), ...(role && { role }) })
  }, [mapId, session, workshop])
  useEffect(() => store.attach(), [store])
  useEffect(() => {
    let current = true
    getMapAccess(mapId).then(
      (access) => {
        settleLinkToken(mapId, access.role, access.viewToken, access.commentToken)
        if (current) store.setState({ role: access.role })
      },
      // No access or no map: the sync connection reports that with its own close reason.
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [mapId, store])
  return (
    <EditorStoreContext.Provider value={store}>
      <ReactFlowProvider>
        <EditorShell store={store} />
      </ReactFlowProvider>
    </EditorStoreContext.Provider>
  )
}

/** The browser tab names the map ("Customer onboarding · Trailmap"), and live renames follow. */
function useDocumentTitle() {
  const t = useT()
  const title = useEditor((s) => s.map.meta.title)
  useEffect(() => {
    const previous = document.title
    document.title = t.app.documentTitle(title.trim() || t.app.untitledMap)
    return () => {
      document.title = previous
    }
  }, [title, t])
}

/** Opens and closes the version history (Shift+H). */
function HistoryButton({ context }: { context: () => CommandContext }) {
  const t = useT()
  const open = useEditor((s) => s.versionsOpen)
  return (
    <button
      type="button"
      className="button editor__history"
      aria-label={t.app.historyLabel}
      title={t.app.historyTip}
      aria-pressed={open}
      onClick={() => commands.run('versions.toggle', context())}
    >
      <History size={16} aria-hidden />
      {t.app.history}
    </button>
  )
}

/** The comments or the vote while open, else the version history while open, else the inspector. */
function SidePanel({ center }: { center(): { x: number; y: number } }) {
  const versionsOpen = useEditor((s) => s.versionsOpen)
  const sidePanel = useEditor((s) => s.sidePanel)
  if (sidePanel === 'comments') return <CommentsPanel center={center} />
  if (sidePanel === 'vote') return <VotePanel />
  return versionsOpen ? <VersionsPanel /> : <Inspector />
}

function EditorShell({ store }: { store: EditorStore }) {
  const t = useT()
  useDocumentTitle()
  const closed = useEditor((s) => s.connection.state === 'closed')
  const viewport = useRef<ViewportApi | null>(null)
  const onViewport = useCallback((api: ViewportApi | null) => {
    viewport.current = api
  }, [])
  const context = useCallback(
    (): CommandContext => ({ store, viewport: viewport.current }),
    [store],
  )
  useShortcuts(context)
  return (
    <CommandContextSource.Provider value={context}>
      <div className="editor">
        <header className="editor__bar">
          <a
            href="/"
            className="editor__back"
            aria-label={t.app.allMaps}
            title={t.app.allMaps}
            onClick={(event) => {
              event.preventDefault()
              navigate('/')
            }}
          >
            <ArrowLeft size={18} aria-hidden />
          </a>
          <MapTitle />
          <div className="editor__bar-right">
            <PresenceBar />
            <RoleBadge />
            <ConnectionBadge />
            <LanguageSwitch />
            <HistoryButton context={context} />
            <button
              type="button"
              className="button button--primary editor__share"
              aria-label={t.app.shareLabel}
              title={t.app.shareLabel}
              disabled={closed}
              onClick={() => commands.run('share', context())}
            >
              <Share2 size={16} aria-hidden />
              {t.app.share}
            </button>
          </div>
        </header>
        <div className="editor__body">
          <main className="editor__canvas">
            <div className="editor__toolbar">
              <Toolbar context={context} />
            </div>
            <JourneyCanvas onViewport={onViewport} />
            <WorkshopStatus />
            <NewerDocBanner />
            <PreviewBanner />
            <ClosedOverlay />
          </main>
          <SidePanel center={() => viewport.current?.center() ?? { x: 0, y: 0 }} />
        </div>
        <ShortcutsDialog />
        <ShareDialog />
        <VoteSetupDialog />
        <ExportDialog />
        <ImportDialog openAsNewMap={openAsNewMap} />
        <NoticeToast />
      </div>
    </CommandContextSource.Provider>
  )
}

// One zustand store per open map: the mirror of the doc (kept in step with the session) plus the
// state that belongs to this person only — selection, panels, snap, notices. Nothing here is
// written to the Y.Doc; document edits go through commands and the session.

import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Peer } from '../collab/presence'
import type { ConnectionInfo, MapSession } from '../collab/session'
import {
  createWorkshopSession,
  type WorkshopSession,
  type WorkshopState,
} from '../collab/workshop/session'
import type { Author, CommentTarget } from '../domain/workshop/comments'
import type { HeatMode } from '../domain/metric-status'
import type { JourneyMap } from '../domain/types'
import type { AccessRole } from '../domain/access-role'
import type { VersionInfo } from '../domain/versions/version'
import { exists } from './selectors'

export interface Notice {
  id: number
  kind: 'info' | 'error'
  text: string
}

export interface EditorState {
  map: JourneyMap
  /**
   * What this person's link allows; 'pending' (nothing editable) until the server has said.
   * 'comment': comment and vote, never change the map.
   */
  role: AccessRole | 'pending'
  /** The doc was written by a newer Trailmap: shown, never written. */
  newerDoc: boolean
  /** Selected node and edge ids (touchpoints, notes, phases, edges). */
  selection: ReadonlySet<string>
  connection: ConnectionInfo
  peers: Peer[]
  canUndo: boolean
  canRedo: boolean
  snapToGrid: boolean
  showMinimap: boolean
  /**
   * A picture of the map is being taken from the canvas (src/export/whole-canvas.ts): every card
   * is mounted and drawn at full detail meanwhile, whatever the zoom.
   */
  capturing: boolean
  /** Dim the cards outside this persona's journey (this browser only), or null. */
  personaFilter: string | null
  /** Show only cards whose evidence is "assumed" (the research backlog), this browser only. */
  assumptionsOnly: boolean
  /** Phase columns coloured by pain points or by their worst metric; null when off. */
  heat: HeatMode | null
  helpOpen: boolean
  shareOpen: boolean
  exportOpen: boolean
  importOpen: boolean
  /** The version history panel is open (in place of the inspector). */
  versionsOpen: boolean
  /**
   * A saved version shown read-only in place of the live map (`map` holds its content meanwhile;
   * the live map keeps changing in the session and comes back when the preview ends); null: live.
   */
  preview: { readonly version: VersionInfo; readonly liveSelection: ReadonlySet<string> } | null
  /** "What changed since" this version: the live map is compared with `base`; null when off. */
  changes: {
    readonly since: VersionInfo
    readonly base: JourneyMap
    /** Who last changed which record since then, as far as the server knows (id → name). */
    readonly editors: ReadonlyMap<string, string>
  } | null
  notice: Notice | null
  /** Comments, votes, timer and facilitator: the map's workshop doc. */
  workshop: WorkshopState
  /** This browser's person: the author id that signs comments and ballots, name and colour. */
  me: Author
  /** The right-hand panel: the inspector, the comment threads or the vote. */
  sidePanel: 'inspector' | 'comments' | 'vote'
  /** A thread being started (the composer is open on this target), or null. */
  commentDraft: { target: CommentTarget; label: string } | null
  /** The thread the panel shows expanded and the canvas highlights. */
  activeThreadId: string | null
  voteSetupOpen: boolean
  /** The clientId of the colleague whose viewport this person follows, or null. */
  following: number | null
  /** Ignore "bring everyone to me" (this browser only). */
  followOptOut: boolean
  /** The newest summons already answered, per facilitator clientId. */
  summonsSeen: Readonly<Record<number, number>>
}

export type EditorStore = StoreApi<EditorState> & {
  session: MapSession
  workshop: WorkshopSession
  /** Starts following the session; returns the function that stops (use as an effect). */
  attach(): () => void
}

const EMPTY_SELECTION: ReadonlySet<string> = new Set()

const ANONYMOUS: Author = { id: 'local', name: 'You', color: '#6b7280' }

export function createEditorStore(
  session: MapSession,
  options: { role?: EditorState['role']; workshop?: WorkshopSession; me?: Author } = {},
): EditorStore {
  const workshop = options.workshop ?? createWorkshopSession()
  const store = createStore<EditorState>(() => ({
    map: session.getMap(),
    // The page's early HTTP answer or the sync socket's first frame, whichever has come.
    role: options.role ?? session.connection().role ?? 'pending',
    newerDoc: session.isNewerDoc(),
    selection: EMPTY_SELECTION,
    connection: session.connection(),
    peers: session.presence.peers(),
    canUndo: session.history.canUndo(),
    canRedo: session.history.canRedo(),
    snapToGrid: true,
    showMinimap: true,
    capturing: false,
    personaFilter: null,
    assumptionsOnly: false,
    heat: null,
    helpOpen: false,
    shareOpen: false,
    exportOpen: false,
    importOpen: false,
    versionsOpen: false,
    preview: null,
    changes: null,
    notice: null,
    workshop: workshop.getState(),
    me: options.me ?? ANONYMOUS,
    sidePanel: 'inspector',
    commentDraft: null,
    activeThreadId: null,
    voteSetupOpen: false,
    following: null,
    followOptOut: false,
    summonsSeen: {},
  }))
  function attach() {
    // Catch up with anything that happened between creation and attaching.
    store.setState({
      map: session.getMap(),
      newerDoc: session.isNewerDoc(),
      ...connectionState(session.connection()),
      peers: session.presence.peers(),
      canUndo: session.history.canUndo(),
      canRedo: session.history.canRedo(),
      workshop: workshop.getState(),
    })
    const stops = [
      workshop.subscribe((state) => store.setState({ workshop: state })),
      session.subscribe((map) => {
        // While a version is previewed the page shows it; the live map waits in the session.
        if (store.getState().preview) {
          store.setState({ newerDoc: session.isNewerDoc() })
          return
        }
        // Drop selected ids that no longer exist (deleted here or by a colleague).
        const { selection } = store.getState()
        const kept = [...selection].filter((id) => exists(map, id))
        store.setState({
          map,
          newerDoc: session.isNewerDoc(),
          selection: kept.length === selection.size ? selection : new Set(kept),
        })
      }),
      session.onConnection((connection) => store.setState(connectionState(connection))),
      session.presence.subscribe((peers) => store.setState({ peers })),
      session.history.subscribe(() =>
        store.setState({ canUndo: session.history.canUndo(), canRedo: session.history.canRedo() }),
      ),
    ]
    return () => stops.forEach((stop) => stop())
  }
  return Object.assign(store, { session, workshop, attach })
}

/**
 * The connection, and the role when the server has said it on the socket: it comes before the
 * map's state there, so a big map is drawn once with its cards draggable (or not), whatever the
 * page's HTTP request for the same role is still waiting behind.
 */
function connectionState(connection: ConnectionInfo): Partial<EditorState> {
  return connection.role ? { connection, role: connection.role } : { connection }
}

export function setSelection(store: EditorStore, ids: Iterable<string>) {
  const next = new Set(ids)
  const current = store.getState().selection
  if (next.size === current.size && [...next].every((id) => current.has(id))) return
  store.setState({ selection: next.size === 0 ? EMPTY_SELECTION : next })
  store.session.presence.update({ selection: [...next] })
}

export function setPersonaFilter(store: EditorStore, personaId: string | null) {
  store.setState({ personaFilter: personaId })
}

let noticeId = 0
export function notify(store: EditorStore, text: string, kind: Notice['kind'] = 'info') {
  store.setState({ notice: { id: ++noticeId, kind, text } })
}

/** Shows `map` (a saved version's content) read-only in place of the live map. */
export function startPreview(store: EditorStore, version: VersionInfo, map: JourneyMap) {
  const { preview, selection } = store.getState()
  store.setState({
    map,
    preview: { version, liveSelection: preview ? preview.liveSelection : selection },
    selection: EMPTY_SELECTION,
    changes: null,
  })
  store.session.presence.update({ selection: [] })
}

/** Back to the live map, as it is now. */
export function endPreview(store: EditorStore) {
  const { preview } = store.getState()
  if (!preview) return
  const map = store.session.getMap()
  const kept = [...preview.liveSelection].filter((id) => exists(map, id))
  store.setState({
    map,
    preview: null,
    selection: kept.length > 0 ? new Set(kept) : EMPTY_SELECTION,
  })
}

// Who else is in the room and what they are doing, through Yjs awareness (never the document):
// name and colour, cursor in canvas coordinates, selection, and the live position of a card they
// are dragging (committed to the doc only on drop).

import type { Awareness } from 'y-protocols/awareness'
import type { Point } from '../domain/types'

export interface PresenceUser {
  name: string
  color: string
  /** The stable per-browser author id (comments, votes, the facilitator role). */
  id?: string
}

/** What part of the canvas someone sees: React Flow's viewport transform. */
export interface ViewportState {
  x: number
  y: number
  zoom: number
}

export interface PresenceState {
  user: PresenceUser
  cursor: Point | null
  selection: string[]
  /** Node id → absolute canvas position while this person drags. */
  dragging: Record<string, Point> | null
  /** Where this person looks (followers copy it). */
  viewport?: ViewportState | null
  /**
   * Set by a facilitator who asked everyone to follow them ("bring everyone to me"): the time of
   * the request. Each newer value starts following again for those who have not opted out.
   */
  summon?: number | null
  /** A card or area the facilitator spotlights: everyone else's canvas dims the rest. */
  spotlight?: { ids: string[] } | null
}

export interface Peer extends PresenceState {
  clientId: number
}

export interface Presence {
  readonly clientId: number
  update(patch: Partial<PresenceState>): void
  peers(): Peer[]
  subscribe(listener: (peers: Peer[]) => void): () => void
}

export function createPresence(awareness: Awareness, user: PresenceUser): Presence {
  awareness.setLocalState({
    user,
    cursor: null,
    selection: [],
    dragging: null,
  } satisfies PresenceState)
  let peers: Peer[] = []
  const listeners = new Set<(peers: Peer[]) => void>()
  const read = () => {
    peers = []
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID || !hasUser(state)) continue
      peers.push(normalise(clientId, state))
    }
    peers.sort((a, b) => a.clientId - b.clientId)
    for (const listener of listeners) listener(peers)
  }
  // My own state changes (my cursor, my drag at 20 Hz) are no news to me: only others' are.
  awareness.on(
    'change',
    ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
      const own = (id: number) => id === awareness.clientID
      if (added.every(own) && updated.every(own) && removed.every(own)) return
      read()
    },
  )
  read()
  return {
    clientId: awareness.clientID,
    update(patch) {
      const current = (awareness.getLocalState() ?? {}) as Record<string, unknown>
      awareness.setLocalState({ ...current, ...patch })
    },
    peers: () => peers,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** Drawn for a peer whose colour is not a plain `#rrggbb`. */
export const FALLBACK_COLOR = '#6b7280'

/**
 * A peer's colour goes into inline styles: anything but `#rrggbb` could carry CSS of its own
 * (`red; background: url(…)`), so it is replaced.
 */
export function safeColor(value: string): string {
  return /^#[0-9a-fA-F]{6}$/.test(value) ? value : FALLBACK_COLOR
}

/** Another client's state is untrusted input: keep only well-formed parts. */
function normalise(
  clientId: number,
  state: { user: PresenceUser } & Record<string, unknown>,
): Peer {
  const selection = Array.isArray(state.selection)
    ? state.selection.filter((id): id is string => typeof id === 'string')
    : []
  const dragging: Record<string, Point> = {}
  if (typeof state.dragging === 'object' && state.dragging !== null) {
    for (const [id, point] of Object.entries(state.dragging))
      if (isPoint(point)) dragging[id] = point
  }
  const id = state.user.id
  const viewport = state.viewport as ViewportState | null | undefined
  const spotlight = state.spotlight as { ids?: unknown } | null | undefined
  return {
    clientId,
    user: {
      name: state.user.name.slice(0, 60),
      color: safeColor(state.user.color),
      ...(typeof id === 'string' && id.length <= 64 ? { id } : {}),
    },
    cursor: isPoint(state.cursor) ? state.cursor : null,
    selection,
    dragging: Object.keys(dragging).length > 0 ? dragging : null,
    viewport:
      isPoint(viewport) && Number.isFinite(viewport.zoom) && viewport.zoom > 0
        ? { x: viewport.x, y: viewport.y, zoom: viewport.zoom }
        : null,
    summon: typeof state.summon === 'number' && Number.isFinite(state.summon) ? state.summon : null,
    spotlight:
      spotlight && Array.isArray(spotlight.ids)
        ? { ids: spotlight.ids.filter((x): x is string => typeof x === 'string').slice(0, 50) }
        : null,
  }
}

function isPoint(value: unknown): value is Point {
  return (
    typeof value === 'object' &&
    value !== null &&
    Number.isFinite((value as Point).x) &&
    Number.isFinite((value as Point).y)
  )
}

function hasUser(state: unknown): state is { user: PresenceUser } & Record<string, unknown> {
  if (typeof state !== 'object' || state === null) return false
  const user = (state as { user?: unknown }).user
  return (
    typeof user === 'object' &&
    user !== null &&
    typeof (user as PresenceUser).name === 'string' &&
    typeof (user as PresenceUser).color === 'string'
  )
}

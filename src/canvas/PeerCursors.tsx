import { memo, useRef } from 'react'
import { MousePointer2 } from 'lucide-react'
import type { Peer } from '../collab/presence'
import type { Point } from '../domain/types'
import { ViewportPortal } from './canvas-portals'
import { useHeldWhileMoving } from './compositor-moves'
import { useFramePeers } from './use-flow-elements'

/** Colleagues' cursors, drawn in canvas coordinates so they stay put while I pan and zoom. */
function PeerCursorsView() {
  const peers = useFramePeers()
  return (
    <ViewportPortal>
      {peers.map((peer) =>
        peer.cursor ? <PeerCursor key={peer.clientId} peer={peer} at={peer.cursor} /> : null,
      )}
    </ViewportPortal>
  )
}

/**
 * One colleague's cursor. Moved by each of their awareness updates, it is held on the compositor
 * while it moves (compositor-moves.ts): a moved box otherwise re-layers the page.
 */
function PeerCursor({ peer, at }: { peer: Peer; at: Point }) {
  const cursor = useRef<HTMLDivElement>(null)
  useHeldWhileMoving(cursor, `${at.x},${at.y}`)
  return (
    <div
      ref={cursor}
      className="peer-cursor"
      style={{ transform: `translate(${at.x}px, ${at.y}px)` }}
      data-testid="peer-cursor"
    >
      <MousePointer2 size={20} fill={peer.user.color} color="white" aria-hidden />
      <span style={{ background: peer.user.color }}>{peer.user.name}</span>
    </div>
  )
}

export const PeerCursors = memo(PeerCursorsView)

import { memo } from 'react'
import { ViewportPortal } from './canvas-portals'
import { MousePointer2 } from 'lucide-react'
import { useFramePeers } from './use-flow-elements'

/** Colleagues' cursors, drawn in canvas coordinates so they stay put while I pan and zoom. */
function PeerCursorsView() {
  const peers = useFramePeers()
  return (
    <ViewportPortal>
      {peers.map((peer) =>
        peer.cursor ? (
          <div
            key={peer.clientId}
            className="peer-cursor"
            style={{ transform: `translate(${peer.cursor.x}px, ${peer.cursor.y}px)` }}
            data-testid="peer-cursor"
          >
            <MousePointer2 size={20} fill={peer.user.color} color="white" aria-hidden />
            <span style={{ background: peer.user.color }}>{peer.user.name}</span>
          </div>
        ) : null,
      )}
    </ViewportPortal>
  )
}

export const PeerCursors = memo(PeerCursorsView)

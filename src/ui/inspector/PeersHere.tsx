import { memo } from 'react'
import { useEditor } from '../../state/context'
import { useT } from '../../state/locale'
import { parsePeerTags, peersSelectingKey } from './inspector-model'

/** "Also selected by Ana, Ben": who else is looking at this record right now. */
export const PeersHere = memo(function PeersHere({ id }: { id: string }) {
  // A string, so cursor moves (which replace the peers array) do not re-render this.
  const key = useEditor((s) => peersSelectingKey(s.peers, id))
  const t = useT()
  const peers = parsePeerTags(key)
  if (peers.length === 0) return null
  return (
    <p className="insp-peers">
      <span className="insp-peers__dots" aria-hidden>
        {peers.slice(0, 4).map((peer, index) => (
          <span key={index} className="insp-peers__dot" style={{ background: peer.color }} />
        ))}
      </span>
      {t.inspector.alsoSelectedBy(peers.map((peer) => peer.name).join(', '))}
    </p>
  )
})

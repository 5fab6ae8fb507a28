import { Ban } from 'lucide-react'
import { useEditor } from '../state/context'
import { navigate } from '../ui/navigation'

/** When the server refused the map for good (no access, deleted), say so over the canvas. */
export function ClosedOverlay() {
  const connection = useEditor((s) => s.connection)
  if (connection.state !== 'closed') return null
  return (
    <div className="closed-overlay" role="alert">
      <div className="closed-overlay__panel">
        <Ban size={28} aria-hidden />
        <h2>This map cannot be opened</h2>
        <p>{connection.reason ?? 'The server closed the connection.'}</p>
        <button type="button" className="button button--primary" onClick={() => navigate('/')}>
          Back to all maps
        </button>
      </div>
    </div>
  )
}

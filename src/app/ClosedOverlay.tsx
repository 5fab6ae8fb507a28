import { Ban } from 'lucide-react'
import { useEditor } from '../state/context'
import { navigate } from '../ui/navigation'
import { useT } from '../state/locale'

/** When the server refused the map for good (no access, deleted), say so over the canvas. */
export function ClosedOverlay() {
  const t = useT()
  const connection = useEditor((s) => s.connection)
  if (connection.state !== 'closed') return null
  return (
    <div className="closed-overlay" role="alert">
      <div className="closed-overlay__panel">
        <Ban size={28} aria-hidden />
        <h2>{t.app.closedHeading}</h2>
        <p>{connection.reason ?? t.app.closedReason}</p>
        <button type="button" className="button button--primary" onClick={() => navigate('/')}>
          {t.app.backToMaps}
        </button>
      </div>
    </div>
  )
}

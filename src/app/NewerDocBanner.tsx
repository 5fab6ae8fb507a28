import { Info } from 'lucide-react'
import { useEditor } from '../state/context'
import { useT } from '../state/locale'

/**
 * A map saved by a newer Trailmap may hold records this version does not understand: it is shown
 * read-only (every edit command refuses), and this banner says why above the canvas.
 */
export function NewerDocBanner() {
  const t = useT()
  const newer = useEditor((s) => s.newerDoc)
  if (!newer) return null
  return (
    <div className="newer-banner" role="status" data-testid="newer-doc-banner">
      <Info size={18} aria-hidden />
      <span>{t.app.newerDoc}</span>
    </div>
  )
}

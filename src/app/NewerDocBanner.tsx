import { Info } from 'lucide-react'
import { useEditor } from '../state/context'

/**
 * A map saved by a newer Trailmap may hold records this version does not understand: it is shown
 * read-only (every edit command refuses), and this banner says why above the canvas.
 */
export function NewerDocBanner() {
  const newer = useEditor((s) => s.newerDoc)
  if (!newer) return null
  return (
    <div className="newer-banner" role="status" data-testid="newer-doc-banner">
      <Info size={18} aria-hidden />
      <span>
        This map was saved by a newer version of Trailmap. You can look at it and export it here; to
        change it, open it with the newer version.
      </span>
    </div>
  )
}

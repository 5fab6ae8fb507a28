// The Import dialog, mounted once in the editor. Its content (file reading, CSV and PNG parsing)
// is a chunk of its own, loaded the first time the dialog opens.

import { Suspense, lazy } from 'react'
import type { JourneyMap } from '../../domain/types'
import { useEditor } from '../../state/context'

/** Creates a map with this content and opens it (the app does it; the dialog only asks). */
export type OpenAsNewMap = (map: JourneyMap) => Promise<string>

const ImportContent = lazy(() => import('./ImportContent'))

export function ImportDialog({ openAsNewMap }: { openAsNewMap: OpenAsNewMap }) {
  const open = useEditor((s) => s.importOpen)
  return open ? (
    <Suspense fallback={null}>
      <ImportContent openAsNewMap={openAsNewMap} />
    </Suspense>
  ) : null
}

// The Export dialog, mounted once in the editor. Its content (and html-to-image with it) is a
// chunk of its own, loaded the first time the dialog opens, so opening a map does not pay for it.

import { Suspense, lazy, useEffect } from 'react'
import { exportHookWanted } from '../../export/export-hook-wanted'
import { useEditor, useEditorStore } from '../../state/context'

const ExportContent = lazy(() => import('./ExportContent'))

export function ExportDialog() {
  const store = useEditorStore()
  const open = useEditor((s) => s.exportOpen)
  // Headless exports (`trailmap export`) drive the same exporter through `window.trailmapExport`.
  useEffect(() => {
    if (!exportHookWanted()) return undefined
    // Headless exports only: the hook (and its benchmark helpers) is a chunk of its own.
    let uninstall: (() => void) | null = null
    let cancelled = false
    void import('../../export/export-hook').then(({ installExportHook }) => {
      if (!cancelled) uninstall = installExportHook(store)
    })
    return () => {
      cancelled = true
      uninstall?.()
    }
  }, [store])
  return open ? (
    <Suspense fallback={null}>
      <ExportContent />
    </Suspense>
  ) : null
}

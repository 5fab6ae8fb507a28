// Benchmark support (bench/png-export.ts through `window.trailmapExport.checkStyles()`): checks
// that the shared-read shortcut of compact-styles.ts gives every element exactly the style that
// reading each one would. Imported on demand only, so it stays out of the editor's main bundle.

import { captureCompactStyles } from './compact-styles'
import { EXPORTING_CLASS, filterFor, findViewport } from './image-export'

export interface StyleCheck {
  elements: number
  fullReads: number
  mismatches: number
  examples: string[]
  shortcutMs: number
  readAllMs: number
  /** Characters of inline style the clone gets, in total. */
  compactChars: number
}

export function checkStyles(): StyleCheck {
  const viewport = findViewport()
  const root = viewport.closest('.react-flow') ?? viewport
  const keep = filterFor(true)
  root.classList.add(EXPORTING_CLASS)
  try {
    let started = performance.now()
    const fast = captureCompactStyles(viewport, keep)
    fast.restore()
    const shortcutMs = performance.now() - started
    started = performance.now()
    const full = captureCompactStyles(viewport, keep, { readAll: true })
    full.restore()
    const readAllMs = performance.now() - started
    const examples: string[] = []
    let mismatches = 0
    let compactChars = 0
    const elements = [viewport, ...viewport.querySelectorAll('*')]
    for (const element of elements) {
      const a = fast.css.get(element)
      compactChars += a?.length ?? 0
      const b = full.css.get(element)
      if (a === b) continue
      mismatches++
      if (examples.length < 5) {
        const diff = (a ?? '').split('; ').filter((d) => !(b ?? '').split('; ').includes(d))
        examples.push(
          `${element.localName}.${element.getAttribute('class') ?? ''}: ${diff.join('; ')}`,
        )
      }
    }
    return {
      elements: full.count,
      fullReads: fast.fullReads,
      mismatches,
      examples,
      shortcutMs,
      readAllMs,
      compactChars,
    }
  } finally {
    root.classList.remove(EXPORTING_CLASS)
  }
}

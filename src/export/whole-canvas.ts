// A picture is taken from the live canvas (image-export.ts), and the live canvas draws only what a
// person looks at: zoomed in past the fitted view it mounts just the cards in view (culling.ts),
// zoomed out it draws them with less detail (canvas.css `data-detail`). Either would reach the
// picture: cards missing, or drawn without their channel and badges. So while a picture is taken
// the editor's `capturing` state makes JourneyCanvas mount every node and edge at full detail, and
// the capture starts once React has drawn them all.

import type { EditorStore } from '../state/editor-store'
import { currentMessages } from '../state/locale'
import { throwIfCancelled } from './progress'

/** Far longer than mounting a map takes (bench:canvas opens 5,000 cards in ~5 s on two cores). */
const DRAW_TIMEOUT_MS = 60_000

/**
 * Runs `capture` while the canvas shows the whole map at full detail, then lets it draw as before.
 * Rejects with ExportCancelled once `signal` aborts while waiting.
 */
export async function withWholeCanvas<T>(
  store: EditorStore,
  capture: () => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  store.setState({ capturing: true })
  try {
    await untilWholeMapDrawn(signal)
    return await capture()
  } finally {
    store.setState({ capturing: false })
  }
}

/**
 * Whether the canvas is in capture mode and every node and edge it shows is in the DOM:
 * JourneyCanvas writes how many it shows (`data-shown-nodes`, `data-shown-edges`) while capturing.
 */
function wholeMapDrawn(): boolean {
  const canvas = document.querySelector<HTMLElement>('.canvas[data-capturing]')
  if (!canvas || canvas.dataset['detail'] !== 'full') return false
  const nodes = canvas.querySelectorAll('.react-flow__node').length
  const edges = canvas.querySelectorAll('.react-flow__edge').length
  return (
    nodes === Number(canvas.dataset['shownNodes']) && edges === Number(canvas.dataset['shownEdges'])
  )
}

async function untilWholeMapDrawn(signal: AbortSignal | undefined): Promise<void> {
  const started = performance.now()
  // React mounts a big map over several frames (it yields between slices): look once a frame.
  while (!wholeMapDrawn()) {
    throwIfCancelled(signal)
    if (performance.now() - started > DRAW_TIMEOUT_MS) {
      throw new Error(currentMessages().exports.result.canvasNotDrawn(DRAW_TIMEOUT_MS / 1000))
    }
    await new Promise((resolve) => requestAnimationFrame(resolve))
  }
  throwIfCancelled(signal)
}

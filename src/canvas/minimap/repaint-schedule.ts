// When the minimap paints. A change of the view (pan, zoom) paints in the next animation frame, as
// the frame it shows must follow the screen. A change of the nodes paints in the next frame too
// when the last such paint is older than `nodesIntervalMs`; while they keep changing (a card
// dragged, someone typing) it paints at most that often, and always once after the last change.
// A drag frame on a 1,000-card map otherwise spent ~6% of its JavaScript time drawing a 200 px
// picture nobody watches while dragging (bench:canvas --profile).

export interface RepaintClock {
  now(): number
  requestFrame(callback: () => void): number
  cancelFrame(handle: number): void
  setTimer(callback: () => void, ms: number): ReturnType<typeof setTimeout>
  clearTimer(handle: ReturnType<typeof setTimeout>): void
}

export const browserClock: RepaintClock = {
  now: () => performance.now(),
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
  setTimer: (callback, ms) => setTimeout(callback, ms),
  clearTimer: (handle) => clearTimeout(handle),
}

/** The minimap's nodes layer repaints at most this often while the nodes keep changing. */
export const NODES_REPAINT_MS = 100

export function createRepaintSchedule(
  paint: (nodesChanged: boolean) => void,
  clock: RepaintClock = browserClock,
  nodesIntervalMs = NODES_REPAINT_MS,
) {
  let frame: number | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let viewPending = false
  let nodesPending = false
  /** The timer for the nodes ran out: the next frame paints them. */
  let nodesDue = false
  let lastNodesPaint = -Infinity

  const nodesWait = () => (nodesDue ? 0 : lastNodesPaint + nodesIntervalMs - clock.now())

  function schedule() {
    if (frame !== null) return
    const wait = nodesPending ? nodesWait() : Infinity
    if (viewPending || wait <= 0) frame = clock.requestFrame(draw)
    else if (nodesPending) {
      timer ??= clock.setTimer(() => {
        timer = null
        nodesDue = true
        schedule()
      }, wait)
    }
  }

  function draw() {
    frame = null
    const nodes = nodesPending && nodesWait() <= 0
    if (nodes) {
      nodesPending = false
      nodesDue = false
      lastNodesPaint = clock.now()
      if (timer !== null) clock.clearTimer(timer)
      timer = null
    }
    viewPending = false
    paint(nodes)
    // Nodes that changed too soon after their last paint wait for their timer.
    if (nodesPending) schedule()
  }

  return {
    /** Something the minimap draws changed: the nodes, or only the view. */
    changed(nodes: boolean) {
      if (nodes) nodesPending = true
      else viewPending = true
      schedule()
    },
    /** Paints everything now: the first picture, before any change. */
    paintNow() {
      if (frame !== null) clock.cancelFrame(frame)
      frame = null
      nodesPending = true
      nodesDue = true
      draw()
    },
    cancel() {
      if (frame !== null) clock.cancelFrame(frame)
      if (timer !== null) clock.clearTimer(timer)
      frame = null
      timer = null
    },
  }
}

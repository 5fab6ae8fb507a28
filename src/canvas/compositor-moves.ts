// Moving a card without re-layering the page.
//
// React Flow moves a node by setting its `transform` each frame. Chromium hands such a change
// straight to the compositor only while the element has a transform animation running; for any
// other element a moved box might now overlap something else, so the page is cut into compositor
// layers again (PaintArtifactCompositor::Update). A drawing whose bounds change does the same, and
// so does any repaint of the layer that holds every card: each walks all of the map's paint
// chunks. On a 1,000-card map that was ~25 ms of every drag frame, about a quarter of it on this
// 2-core machine (traced in bench:canvas).
//
// So while a card moves (under my pointer or a colleague's), it runs an animation that changes
// nothing: `translate(0, 0)` added to its own transform. Its steps are redrawn on every frame, so
// each one's <svg> is held the same way (a layer of its own, drawn above the cards at rest:
// z-order.ts) and claims a fixed area around it meanwhile (edges/drag-frame.ts), so its bounds
// change only now and then. A
// colleague's cursor is held while it moves. Held and at rest, an element costs no frames (traced),
// but it keeps a compositor layer of its own, so nothing stays held once it rests.

import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'

/** Added to the element's own transform: moves nothing, but marks the transform as animated. */
const IDENTITY: Keyframe[] = [
  { transform: 'translate(0px, 0px)' },
  { transform: 'translate(0px, 0px)' },
]
const HOLD: KeyframeAnimationOptions = { duration: 60_000, iterations: Infinity, composite: 'add' }

/** Starts the no-op transform animation on `element`; returns what stops it. */
export function holdOnCompositor(element: Element): () => void {
  // A browser without Web Animations moves the card all the same, only re-layering each frame.
  if (typeof element.animate !== 'function') return () => {}
  try {
    const animation = element.animate(IDENTITY, HOLD)
    return () => animation.cancel()
  } catch {
    // An engine refusing additive animations: the card moves all the same, re-layering each frame.
    return () => {}
  }
}

/**
 * Holds React Flow's node elements of `ids` (inside `container`) while they are in the set; from
 * the frame that first draws them moving (a layout effect), so the page re-layers once, not twice.
 */
export function useHeldNodes(container: RefObject<HTMLElement | null>, ids: ReadonlySet<string>) {
  useLayoutEffect(() => {
    const root = container.current
    if (!root || ids.size === 0) return
    const releases: (() => void)[] = []
    for (const id of ids) {
      const node = root.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
      if (node) releases.push(holdOnCompositor(node))
    }
    return () => releases.forEach((release) => release())
  }, [container, ids])
}

const itself = (element: Element) => element

/**
 * Holds the element behind `ref` (or the one `pick` finds from it) while `active`. `pick` must keep
 * its identity (a module-level function): a new one restarts the hold on every render.
 */
export function useHeldElement<T extends Element>(
  ref: RefObject<T | null>,
  active: boolean,
  pick: (element: T) => Element | null = itself,
) {
  useLayoutEffect(() => {
    const element = ref.current ? pick(ref.current) : null
    if (!active || !element) return
    return holdOnCompositor(element)
  }, [ref, active, pick])
}

/** How long a held element may rest before it is let go (and gives back its layer). */
export const REST_MS = 1_000

/**
 * Holds the element behind `ref` while `position` keeps changing (a colleague's cursor, moved by
 * each awareness update), and lets go once it has rested for `restMs`.
 */
export function useHeldWhileMoving(
  ref: RefObject<Element | null>,
  position: string,
  restMs = REST_MS,
) {
  const hold = useRef<{
    release: () => void
    timer?: ReturnType<typeof setTimeout>
  } | null>(null)
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const held = hold.current ?? { release: holdOnCompositor(element) }
    clearTimeout(held.timer)
    held.timer = setTimeout(() => {
      held.release()
      hold.current = null
    }, restMs)
    hold.current = held
  }, [ref, position, restMs])
  useEffect(
    () => () => {
      if (!hold.current) return
      clearTimeout(hold.current.timer)
      hold.current.release()
      hold.current = null
    },
    [],
  )
}

// A test hook for counting renders in the built app: an end-to-end test sets
// `window.__trailmapRenderCount` before the page loads and hears (kind, id) for every render of a
// card, note, phase column or edge, of the canvas itself ('canvas') and of an inspector field
// ('field', its label). Without it, one property read per render.

type RenderCounter = (kind: string, id: string) => void

export function countRender(kind: string, id: string): void {
  const counter = (globalThis as { __trailmapRenderCount?: RenderCounter }).__trailmapRenderCount
  if (counter) counter(kind, id)
}

// A blank same-origin frame for compact-styles.ts: the computed style of a bare element of each
// type (what the clone starts from), and which properties a child inherits from its parent.

const SVG_NS = 'http://www.w3.org/2000/svg'

export interface Sandbox {
  readonly frame: HTMLIFrameElement
  readonly defaults: Map<string, readonly string[]>
}

export function createSandbox(): Sandbox {
  const frame = document.createElement('iframe')
  frame.setAttribute('aria-hidden', 'true')
  frame.tabIndex = -1
  frame.style.cssText =
    'position:fixed;left:-10000px;top:0;width:400px;height:400px;border:0;visibility:hidden;pointer-events:none'
  document.body.append(frame)
  return { frame, defaults: new Map() }
}

/** The computed style of a bare element of this type, as the clone starts from. */
export function defaultsFor(
  sandbox: Sandbox,
  element: Element,
  names: readonly string[],
): readonly string[] {
  const key = `${element.namespaceURI ?? ''} ${element.localName}`
  let values = sandbox.defaults.get(key)
  if (values) return values
  const doc = sandbox.frame.contentDocument
  const win = sandbox.frame.contentWindow
  if (!doc || !win) return []
  const bare = doc.createElementNS(element.namespaceURI, element.localName)
  // SVG shapes only get their SVG defaults inside an <svg>.
  const host =
    element.namespaceURI === SVG_NS && element.localName !== 'svg'
      ? doc.body.appendChild(doc.createElementNS(SVG_NS, 'svg'))
      : doc.body
  host.appendChild(bare)
  const style = win.getComputedStyle(bare)
  values = names.map((name) => style.getPropertyValue(name))
  bare.remove()
  if (host !== doc.body) host.remove()
  sandbox.defaults.set(key, values)
  return values
}

/** How a property behaves from parent to child, as far as the frame could prove. */
const UNKNOWN = 0
export const INHERITED = 1
export const NOT_INHERITED = 2
export type Inheritance = typeof UNKNOWN | typeof INHERITED | typeof NOT_INHERITED

/** Some values only show with another property set (a border width needs a border style). */
const ENABLERS =
  'border-style: solid; outline-style: solid; column-rule-style: solid; row-rule-style: solid'

/**
 * Which properties the clone's elements inherit. For each property that has a value other than
 * the default somewhere on the page (so a valid value to try), the frame gives a parent that value
 * and looks at its child. Properties it cannot prove either way are written whenever they could
 * matter, so a wrong guess can only ever write more.
 */
export function inheritanceOf(
  sandbox: Sandbox,
  names: readonly string[],
  visited: readonly { element: Element; entry: { readonly values: readonly string[] } }[],
  defaultsOf: (element: Element) => readonly string[],
): Inheritance[] {
  const result: Inheritance[] = names.map(() => UNKNOWN)
  const doc = sandbox.frame.contentDocument
  const win = sandbox.frame.contentWindow
  if (!doc || !win) return result
  const samples = new Array<string | undefined>(names.length)
  let missing = names.length
  for (const { element, entry } of visited) {
    if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml') continue
    const defaults = defaultsOf(element)
    for (let i = 0; i < names.length; i++) {
      if (samples[i] === undefined && entry.values[i] !== '' && entry.values[i] !== defaults[i]) {
        samples[i] = entry.values[i]
        missing--
      }
    }
    if (missing === 0) break
  }
  for (const preset of ['', ENABLERS]) {
    const parent = doc.createElement('div')
    const child = doc.createElement('div')
    parent.setAttribute('style', preset)
    child.setAttribute('style', preset)
    parent.append(child)
    doc.body.append(parent)
    const parentStyle = win.getComputedStyle(parent)
    const childStyle = win.getComputedStyle(child)
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!
      const value = samples[i]
      if (value === undefined || result[i] !== UNKNOWN) continue
      const before = childStyle.getPropertyValue(name)
      const previous = parent.style.getPropertyValue(name)
      parent.style.setProperty(name, value)
      if (parentStyle.getPropertyValue(name) === value && value !== before) {
        const after = childStyle.getPropertyValue(name)
        if (after === value) result[i] = INHERITED
        else if (after === before) result[i] = NOT_INHERITED
      }
      if (previous) parent.style.setProperty(name, previous)
      else parent.style.removeProperty(name)
    }
    parent.remove()
  }
  return result
}

/** Properties whose default is `currentcolor` (they follow `color` on a bare element). */
export function followersOfColor(sandbox: Sandbox, names: readonly string[]): boolean[] {
  const doc = sandbox.frame.contentDocument
  const win = sandbox.frame.contentWindow
  if (!doc || !win) return names.map(() => false)
  const probe = doc.createElement('div')
  probe.style.color = 'rgb(1, 2, 3)'
  doc.body.append(probe)
  const style = win.getComputedStyle(probe)
  const follows = names.map(
    (name) => name !== 'color' && style.getPropertyValue(name) === 'rgb(1, 2, 3)',
  )
  probe.remove()
  return follows
}

// Speeding up html-to-image without changing what it draws.
//
// html-to-image copies every element's computed style into the clone. In Chromium the computed
// style's `cssText` is empty, so it takes its slow path: all ~480 properties, one `setProperty`
// each. For a 300-card map (8,000 elements) that is 4 M calls, a 90-million-character SVG and
// ~25 s (bench/png-export.ts). When `cssText` is non-empty it assigns it in one go (its fast path,
// taken in Firefox). So for the duration of one capture we answer `getComputedStyle(element)` for
// the captured elements with the real declaration whose `cssText` is a compact equivalent.
//
// 1. What to write. A property may be left out exactly when its value equals both the element
//    type's default (read from a bare element in an empty frame) and the parent's value: in the
//    clone the element then gets that value whether the property is inherited (from the parent,
//    written exactly, by induction) or not (the default). Sizes are always written.
//
// 2. Reading less. Reading one computed property costs ~0.5 µs, and 480 × 8,000 reads ~2 s, so
//    elements whose computed style must be identical share one read. Computed style is a function
//    of the rules that match, the inline style, the parent's computed style, and the few values
//    that depend on layout (sizes, margins, paddings, insets, transforms — `LAYOUT` below, read
//    for every element). Rules that only use tags, classes, attributes and descendant or child
//    combinators match by the element's ancestor chain, so two elements with the same chain
//    (tags, classes and the attributes selectors mention), the same other attributes (SVG
//    presentation attributes, `hidden`, …), the same inline style and a parent with the same
//    computed style have the same computed style. Elements that a rule with anything else
//    (`:hover`, `:first-child`, `+`, `~`, `:has()`, container queries) matches are read on their
//    own. bench/png-export.ts checks the shortcut against reading everything.

import {
  INHERITED,
  NOT_INHERITED,
  createSandbox,
  defaultsFor,
  followersOfColor,
  inheritanceOf,
  type Inheritance,
} from './style-sandbox'
import { BEFORE_AFTER, analyseStyleSheets } from './style-sheets'

const SVG_NS = 'http://www.w3.org/2000/svg'

/** Properties whose computed ("resolved") value depends on layout: read for every element. */
const LAYOUT = new Set([
  'width',
  'height',
  'inline-size',
  'block-size',
  'min-width',
  'min-height',
  'max-width',
  'max-height',
  'min-inline-size',
  'min-block-size',
  'max-inline-size',
  'max-block-size',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'margin-block-start',
  'margin-block-end',
  'margin-inline-start',
  'margin-inline-end',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'padding-block-start',
  'padding-block-end',
  'padding-inline-start',
  'padding-inline-end',
  'top',
  'right',
  'bottom',
  'left',
  'inset-block-start',
  'inset-block-end',
  'inset-inline-start',
  'inset-inline-end',
  'transform',
  'transform-origin',
  'perspective-origin',
  'grid-template-columns',
  'grid-template-rows',
  'line-height',
])

/**
 * Logical longhands (`margin-inline-start`, `border-block-end-color`, …) are not stored by the
 * browser: it maps them to the physical ones by writing mode and direction. The physical values
 * say everything, so logical ones are neither read nor written.
 */
const LOGICAL =
  /^(?:(?:min|max)-)?(?:block|inline)-size$|-(?:block|inline)(?:-|$)|^border-(?:start|end)-(?:start|end)-radius$|^corner-(?:start|end)-(?:start|end)-shape$/

/**
 * Never written: html-to-image sets `transform-origin` itself after our declarations, and
 * `perspective-origin` draws nothing without a `perspective`.
 */
const SKIPPED = new Set(['transform-origin'])

/** Always written: the clone must get the laid-out size even where it equals the default. */
const ALWAYS = new Set(['width', 'height'])

/** Attributes no selector of ours uses and that no browser maps to a style. */
const INERT_ATTRIBUTE = /^(?:data-|aria-)|^(?:id|title|role|tabindex)$/

interface Entry {
  readonly values: readonly string[]
  /** Identifies the non-layout values (custom properties included), for the children's keys. */
  readonly vector: number
}

export interface StyleCapture {
  /** Elements whose compact style was prepared, and how many needed a full read. */
  readonly count: number
  readonly fullReads: number
  /** Puts the real `getComputedStyle` back. */
  restore(): void
}

export interface CaptureOptions {
  /** Read every element completely (to check the shortcut; see bench/png-export.ts). */
  readonly readAll?: boolean
}

/**
 * Computes the compact style of `root` and every descendant that `keep` accepts, then patches
 * `window.getComputedStyle` to hand them out until `restore()` is called.
 */
export function captureCompactStyles(
  root: Element,
  keep: (element: Element) => boolean,
  options: CaptureOptions = {},
): StyleCapture & { readonly css: WeakMap<Element, string> } {
  const real = window.getComputedStyle
  const compute = (element: Element) => real.call(window, element)
  const all = Array.from(compute(root))
  const names = all.filter((name) => !name.startsWith('--') && !LOGICAL.test(name))
  const layout = names.flatMap((name, i) => (LAYOUT.has(name) ? [i] : []))
  const analysis = analyseStyleSheets(root)
  const share = analysis !== null && !options.readAll
  const sandbox = createSandbox()
  const css = new WeakMap<Element, string>()
  const shared = new Map<string, Entry>()
  const vectors = new Map<string, number>()
  const chains = new Map<string, number>()
  let count = 0
  let fullReads = 0

  const readAll = (style: CSSStyleDeclaration): Entry => {
    fullReads++
    const values = new Array<string>(names.length)
    let vectorKey = ''
    for (let i = 0; i < names.length; i++) {
      const value = style.getPropertyValue(names[i]!)
      values[i] = value
      if (!LAYOUT.has(names[i]!)) vectorKey += `${value}\u0000`
    }
    // Custom properties come last in Chromium's list; they are inherited, so they are part of
    // what a child's style depends on.
    for (let i = style.length - 1; i >= 0; i--) {
      const name = style.item(i)
      if (!name.startsWith('--')) break
      vectorKey += `${name}:${style.getPropertyValue(name)}\u0000`
    }
    let vector = vectors.get(vectorKey)
    if (vector === undefined) vectors.set(vectorKey, (vector = vectors.size))
    return { values, vector }
  }

  const chainOf = (element: Element, parentChain: number): number => {
    let key = `${parentChain}>${element.namespaceURI === SVG_NS ? 'svg:' : ''}${element.localName}`
    for (const attribute of element.attributes) {
      if (attribute.name === 'class' || analysis?.attributes.has(attribute.name)) {
        key += `[${attribute.name}=${attribute.value}]`
      }
    }
    let chain = chains.get(key)
    if (chain === undefined) chains.set(key, (chain = chains.size))
    return chain
  }

  /** Everything else that feeds the element's own computed style. */
  const ownKey = (element: Element, chain: number, parentVector: number): string => {
    let key = `${chain}|${parentVector}|`
    for (const attribute of element.attributes) {
      const { name } = attribute
      if (name === 'class' || name === 'style' || analysis?.attributes.has(name)) continue
      if (INERT_ATTRIBUTE.test(name)) continue
      key += `${name}=${attribute.value}|`
    }
    // Inline declarations: values, except layout ones (read per element anyway), which by name.
    const inline = (element as HTMLElement).style as CSSStyleDeclaration | undefined
    if (inline) {
      for (let i = 0; i < inline.length; i++) {
        const name = inline.item(i)
        key += LAYOUT.has(name) ? `${name};` : `${name}:${inline.getPropertyValue(name)};`
      }
    }
    return key
  }

  const visited: { element: Element; entry: Entry; parent: Entry | null }[] = []
  const walk = (element: Element, parent: Entry | null, parentChain: number) => {
    const style = compute(element)
    const chain = chainOf(element, parentChain)
    let entry: Entry
    if (!share || analysis.alone.has(element)) {
      entry = readAll(style)
    } else {
      const key = ownKey(element, chain, parent?.vector ?? -1)
      const hit = shared.get(key)
      if (hit) {
        const values = hit.values.slice()
        for (const i of layout) values[i] = style.getPropertyValue(names[i]!)
        entry = { values, vector: hit.vector }
      } else {
        entry = readAll(style)
        shared.set(key, entry)
      }
    }
    visited.push({ element, entry, parent })
    for (const child of element.children) if (keep(child)) walk(child, entry, chain)
  }

  try {
    walk(root, null, -1)
    const defaultsOf = (element: Element) => defaultsFor(sandbox, element, names)
    const context: CompactContext = {
      names,
      inheritance: inheritanceOf(sandbox, names, visited, defaultsOf),
      followsColor: followersOfColor(sandbox, names),
      plain: defaultsFor(sandbox, document.createElement('div'), names),
      color: names.indexOf('color'),
      perspective: names.indexOf('perspective'),
    }
    for (const { element, entry, parent } of visited) {
      css.set(
        element,
        compactCss(entry.values, parent?.values ?? null, defaultsOf(element), context),
      )
      count++
    }
  } finally {
    sandbox.frame.remove()
  }

  // html-to-image asks every element for its ::before and ::after and clones those with content.
  // Elements no rule gives one are told so without resolving a pseudo-element style each.
  const noContent = (name: string) => (name === 'content' ? 'none' : undefined)
  const patched = function getComputedStyle(element: Element, pseudo?: string | null) {
    const style = real.call(window, element, pseudo)
    let override: ((name: PropertyKey) => unknown) | null = null
    if (!pseudo) {
      const text = css.get(element)
      if (text !== undefined) override = (name) => (name === 'cssText' ? text : undefined)
    } else if (
      analysis &&
      css.has(element) &&
      !analysis.pseudo.has(element) &&
      BEFORE_AFTER.test(pseudo)
    ) {
      override = (name) =>
        name === 'getPropertyValue'
          ? (property: string) => noContent(property) ?? style.getPropertyValue(property)
          : undefined
    }
    if (!override) return style
    const answer = override
    return new Proxy(style, {
      get(target, property) {
        const own = answer(property)
        if (own !== undefined) return own
        const value: unknown = Reflect.get(target, property, target)
        return typeof value === 'function'
          ? (value as (...args: unknown[]) => unknown).bind(target)
          : value
      },
    })
  }
  window.getComputedStyle = patched as typeof window.getComputedStyle
  return {
    count,
    fullReads,
    css,
    restore() {
      if (window.getComputedStyle === patched) window.getComputedStyle = real
    },
  }
}

interface CompactContext {
  readonly names: readonly string[]
  readonly inheritance: readonly Inheritance[]
  readonly followsColor: readonly boolean[]
  /** A plain div's defaults: where an element type's default differs, the browser sets it. */
  readonly plain: readonly string[]
  readonly color: number
  readonly perspective: number
}

/**
 * The declarations the clone needs. In the clone an element gets, for a property it is not
 * given, its type's default if the property is not inherited (`currentcolor` ones: its own
 * colour), else its parent's value — unless the browser's own style sheet sets it for this type
 * (its default differs from a plain div's): such a property, like the root's inherited ones, is
 * always written.
 */
function compactCss(
  values: readonly string[],
  parent: readonly string[] | null,
  defaults: readonly string[],
  context: CompactContext,
): string {
  const { names, inheritance, followsColor, plain } = context
  const noPerspective = values[context.perspective] === 'none'
  let css = ''
  for (let i = 0; i < names.length; i++) {
    const value = values[i]!
    if (value === '') continue
    const name = names[i]!
    if (SKIPPED.has(name) || (noPerspective && name === 'perspective-origin')) continue
    const kind = inheritance[i]
    let write: boolean
    if (ALWAYS.has(name)) write = true
    else if (kind === NOT_INHERITED) {
      write = value !== defaults[i] && !(followsColor[i] && value === values[context.color])
    } else if (parent === null || defaults[i] !== plain[i]) write = true
    else if (kind === INHERITED) write = value !== parent[i]
    else write = value !== parent[i] || value !== defaults[i]
    if (write) css += `${name}: ${value}; `
  }
  return css
}

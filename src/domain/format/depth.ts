// How deeply a JSON value nests. Validators, restore and serialisers recurse, and a value nested
// thousands of levels deep (a 10,000-deep field in an imported file, or written into the live doc
// through the socket) overflows their stack far from where it came in. This walks iteratively
// and names the first place that goes too deep, as a JSON path, so callers refuse it up front.

/** Far deeper than any journey map needs (a map's own fields nest fewer than ten levels). */
export const MAX_JSON_DEPTH = 64

interface Frame {
  value: unknown
  depth: number
  parent: Frame | null
  key: string | number
}

/** The JSON path of the first value nested deeper than `maxDepth`, or null when none is. */
export function findTooDeep(value: unknown, maxDepth = MAX_JSON_DEPTH): string | null {
  const stack: Frame[] = [{ value, depth: 0, parent: null, key: '$' }]
  while (stack.length > 0) {
    const frame = stack.pop() as Frame
    if (typeof frame.value !== 'object' || frame.value === null) continue
    if (frame.depth >= maxDepth) return pathOf(frame)
    if (Array.isArray(frame.value)) {
      frame.value.forEach((item, index) =>
        stack.push({ value: item, depth: frame.depth + 1, parent: frame, key: index }),
      )
    } else {
      for (const [key, item] of Object.entries(frame.value)) {
        stack.push({ value: item, depth: frame.depth + 1, parent: frame, key })
      }
    }
  }
  return null
}

/** A sentence for the caller to show, or null when the value is shallow enough. */
export function depthProblem(value: unknown, maxDepth = MAX_JSON_DEPTH): string | null {
  const path = findTooDeep(value, maxDepth)
  return path === null ? null : `${path} is nested more than ${maxDepth} levels deep`
}

function pathOf(frame: Frame): string {
  const keys: (string | number)[] = []
  for (let at: Frame | null = frame; at?.parent; at = at.parent) keys.push(at.key)
  let path = '$'
  for (const key of keys.reverse()) {
    path +=
      typeof key === 'number'
        ? `[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? `.${key}`
          : `[${JSON.stringify(key)}]`
  }
  return path
}

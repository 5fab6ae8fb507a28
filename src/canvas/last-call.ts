// Memoising on the last call only: what a store selector derives must be the same object while
// its inputs are, or every store change would re-render its component.

/** Whether two lists hold the same items (by identity) in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i])
}

/** `compute`, run again only when an argument is another value than in the last call. */
export function lastCall<A extends readonly unknown[], T>(
  compute: (...args: A) => T,
): (...args: A) => T {
  let last: { args: A; value: T } | null = null
  return (...args) => {
    if (last && sameItems(last.args, args)) return last.value
    const value = compute(...args)
    last = { args, value }
    return value
  }
}

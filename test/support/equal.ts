// Strict deep equality for plain JSON-like data. Vitest's toStrictEqual compares `a.constructor`
// and so fails on two equal objects that hold a record under the id "constructor"; ids come from
// files, so round-trip tests use this instead. It also tells -0 from 0 and checks prototypes.

import { expect } from 'vitest'

/** The path of the first difference between two values, or null when they are equal. */
export function firstDifference(actual: unknown, expected: unknown, path = '$'): string | null {
  if (Object.is(actual, expected)) return null
  if (typeof actual !== 'object' || typeof expected !== 'object' || !actual || !expected) {
    return `${path}: ${String(actual)} !== ${String(expected)}`
  }
  if (Object.getPrototypeOf(actual) !== Object.getPrototypeOf(expected)) {
    return `${path}: different prototypes`
  }
  const actualKeys = Object.keys(actual)
  const expectedKeys = Object.keys(expected)
  const missing = expectedKeys.filter((key) => !Object.hasOwn(actual, key))
  const extra = actualKeys.filter((key) => !Object.hasOwn(expected, key))
  if (missing.length > 0) return `${path}: missing ${JSON.stringify(missing)}`
  if (extra.length > 0) return `${path}: unexpected ${JSON.stringify(extra)}`
  for (const key of expectedKeys) {
    const a = (actual as Record<string, unknown>)[key]
    const b = (expected as Record<string, unknown>)[key]
    const difference = firstDifference(a, b, `${path}[${JSON.stringify(key)}]`)
    if (difference !== null) return difference
  }
  return null
}

export function expectSameData(actual: unknown, expected: unknown): void {
  expect(firstDifference(actual, expected)).toBeNull()
}

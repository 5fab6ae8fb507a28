// Reads the fixture files of test/fixtures and the expectations of the bad ones.

import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url))

export interface ExpectedProblem {
  readonly path: string
  /** A substring of the message. */
  readonly message: string
}

export interface BadFixture {
  readonly ok: boolean
  readonly problems?: readonly ExpectedProblem[]
  /** Substrings of the repairs, one per repair, for files that load after repairs. */
  readonly repairs?: readonly string[]
  readonly options?: { readonly maxBytes?: number }
  /** What the published JSON Schema does with the file ('not-json': it cannot be parsed). */
  readonly schema: 'reject' | 'accept' | 'not-json'
  /** Why the schema and the loader disagree, when they do. */
  readonly why?: string
}

export function fixtureNames(kind: 'valid' | 'bad'): string[] {
  return readdirSync(`${FIXTURES_DIR}${kind}`)
    .filter((name) => name.endsWith('.json') && name !== 'expected.json')
    .sort()
}

export function readFixture(kind: 'valid' | 'bad', name: string): string {
  return readFileSync(`${FIXTURES_DIR}${kind}/${name}`, 'utf8')
}

export function badExpectations(): Readonly<Record<string, BadFixture>> {
  return JSON.parse(readFileSync(`${FIXTURES_DIR}bad/expected.json`, 'utf8')) as Record<
    string,
    BadFixture
  >
}

// Every message exists in every language with the same shape: a key missing in German (or left
// over after English dropped it) fails here, as does a message that takes different values, an
// empty translation, or a message that prints "undefined" or "NaN" for plausible values.

import { describe, expect, it } from 'vitest'
import { LOCALES, messagesFor } from '../../../src/domain/i18n'

type Leaf = { path: string; value: unknown }

function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) =>
      leaves(child, path ? `${path}.${key}` : key),
    )
  }
  return [{ path, value }]
}

/** Plausible values for a message's parameters: numbers and names both print as themselves. */
const SAMPLE_ARGS = [0, 1, 2, 5, 1234]

function render(message: (...args: never[]) => string, count: number): string {
  const args = Array.from({ length: message.length }, (_, i) =>
    i === 0 ? count : 'Ada',
  ) as never[]
  return message(...args)
}

const english = leaves(messagesFor('en'))

describe('message catalogues', () => {
  it('has messages', () => {
    expect(english.length).toBeGreaterThan(20)
  })

  for (const locale of LOCALES) {
    describe(locale, () => {
      const messages = new Map(leaves(messagesFor(locale)).map((l) => [l.path, l.value]))

      it('has every English key and no other', () => {
        const missing = english.filter((l) => !messages.has(l.path)).map((l) => l.path)
        const extra = [...messages.keys()].filter((path) => !english.some((l) => l.path === path))
        expect({ missing, extra }).toEqual({ missing: [], extra: [] })
      })

      it('takes the same values as English and prints something sensible', () => {
        const wrong: string[] = []
        for (const { path, value: source } of english) {
          const value = messages.get(path)
          if (typeof source === 'string') {
            if (typeof value !== 'string' || value.trim() === '') wrong.push(`${path}: empty`)
            continue
          }
          if (typeof source !== 'function' || typeof value !== 'function') {
            wrong.push(`${path}: not a message`)
            continue
          }
          if (value.length !== source.length) wrong.push(`${path}: takes ${value.length} values`)
          for (const count of SAMPLE_ARGS) {
            const text = render(value as (...args: never[]) => string, count)
            if (
              typeof text !== 'string' ||
              text.trim() === '' ||
              /undefined|NaN|\[object/.test(text)
            ) {
              wrong.push(`${path}(${count}): ${String(text)}`)
            }
          }
        }
        expect(wrong).toEqual([])
      })
    })
  }
})

import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { commitMap, fromY, toY } from '../../../src/collab/codec'
import { updateTouchpoint } from '../../../src/domain/operations'
import { templateById } from '../../../src/domain/templates'
import { diffMaps, diffSize } from '../../../src/domain/versions/diff'
import { ReplicaMissing, Replicas } from '../../../server/versions/replicas'

const classic = () => templateById('classic-5')!.build()

describe("Replicas (the version worker's warm copies)", () => {
  it('follows a live doc by increments and captures exactly its state', () => {
    const live = toY(classic())
    const replicas = new Replicas()
    replicas.capture('m', { kind: 'parts', parts: [Y.encodeStateAsUpdate(live)] })
    const card = Object.values(fromY(live).touchpoints)[0]!
    const before = fromY(live)
    commitMap(live, before, updateTouchpoint(before, card.id, { title: 'Edited live' }))
    const vector = replicas.vectorOf('m')!
    const { captured, map } = replicas.capture('m', {
      kind: 'increment',
      update: Y.encodeStateAsUpdate(live, vector),
    })
    expect(map.touchpoints[card.id]?.title).toBe('Edited live')
    const copy = new Y.Doc()
    Y.applyUpdate(copy, captured.state)
    expect(diffSize(diffMaps(fromY(copy), fromY(live)))).toEqual({
      added: 0,
      removed: 0,
      changed: 0,
    })
    expect(captured.counts['touchpoints']).toBe(Object.keys(before.touchpoints).length)
  })

  it('asks for the stored parts when it has no copy, or after forgetting one', () => {
    const replicas = new Replicas()
    const increment = { kind: 'increment' as const, update: new Uint8Array([0, 0]) }
    expect(() => replicas.capture('m', increment)).toThrow(ReplicaMissing)
    replicas.capture('m', { kind: 'parts', parts: [Y.encodeStateAsUpdate(toY(classic()))] })
    replicas.forget('m')
    expect(replicas.vectorOf('m')).toBeNull()
    expect(() => replicas.capture('m', increment)).toThrow(ReplicaMissing)
  })

  it('restores on the copy and returns the update that makes the live doc the version', () => {
    const live = toY(classic())
    const replicas = new Replicas()
    const saved = replicas.capture('m', { kind: 'parts', parts: [Y.encodeStateAsUpdate(live)] })
    replicas.remember(7, saved.map)
    const before = fromY(live)
    const card = Object.values(before.touchpoints)[1]!
    commitMap(live, before, updateTouchpoint(before, card.id, { title: 'Later' }))
    const plan = replicas.restore(
      'm',
      { kind: 'increment', update: Y.encodeStateAsUpdate(live, replicas.vectorOf('m')!) },
      7,
      saved.captured.state,
    )
    expect(plan.update).not.toBeNull()
    Y.applyUpdate(live, plan.update!)
    expect(fromY(live).touchpoints[card.id]?.title).toBe(card.title)
    // The copy and the live doc are the same again: the next increment is empty of content.
    expect(
      diffSize(
        diffMaps(
          replicas.capture('m', {
            kind: 'increment',
            update: Y.encodeStateAsUpdate(live, replicas.vectorOf('m')!),
          }).map,
          fromY(live),
        ),
      ),
    ).toEqual({ added: 0, removed: 0, changed: 0 })
  })
})

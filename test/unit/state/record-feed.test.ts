// A card's record by id: its watcher hears changes of that record only, from one store listener.

import { describe, expect, it } from 'vitest'
import { createStore } from 'zustand/vanilla'
import { deleteTouchpoints, updateTouchpoint } from '../../../src/domain/operations'
import type { JourneyMap } from '../../../src/domain/types'
import { touchpointsOf, watchRecord } from '../../../src/state/record-feed'
import { sampleMap } from '../../support/sample-map'

function setup() {
  const store = createStore<{ map: JourneyMap; other: number }>(() => ({
    map: sampleMap(),
    other: 0,
  }))
  const [a, b] = Object.keys(store.getState().map.touchpoints) as [string, string]
  return { store, a, b }
}

describe('record feed', () => {
  it('wakes the watchers of the changed record only', () => {
    const { store, a, b } = setup()
    const heard: string[] = []
    watchRecord(store, touchpointsOf, a, () => heard.push(a))
    watchRecord(store, touchpointsOf, b, () => heard.push(b))
    store.setState({ map: updateTouchpoint(store.getState().map, a, { title: 'New' }) })
    expect(heard).toEqual([a])
    // Presence, selection and the like leave the map as it is: nobody wakes.
    store.setState({ other: 1 })
    expect(heard).toEqual([a])
    store.setState({ map: deleteTouchpoints(store.getState().map, [b]) })
    expect(heard).toEqual([a, b])
  })

  it('adds one store listener for any number of watchers, and removes it with the last', () => {
    const { store, a, b } = setup()
    let live = 0
    const subscribe = store.subscribe
    store.subscribe = (listener) => {
      live++
      const stop = subscribe(listener)
      return () => {
        live--
        stop()
      }
    }
    const heard: string[] = []
    const stops = [a, a, b].map((id) => watchRecord(store, touchpointsOf, id, () => heard.push(id)))
    expect(live).toBe(1)
    store.setState({ map: updateTouchpoint(store.getState().map, a, { title: 'Twice' }) })
    expect(heard).toEqual([a, a])
    for (const stop of stops) stop()
    expect(live).toBe(0)
    store.setState({ map: updateTouchpoint(store.getState().map, a, { title: 'Quiet' }) })
    expect(heard).toEqual([a, a])
  })
})

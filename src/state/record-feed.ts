// One record of the map, by id, for a component that draws it: a card reads its touchpoint here
// instead of from its React Flow node. Retitling a card then re-renders that card only; React
// Flow's nodes stay the same array, so it neither re-adopts every node nor re-runs each node's
// store subscriptions (~0.8 ms and ~100 KB of garbage per keystroke on a 50-card map, O(cards) on
// big ones; React Flow's performance guide recommends keeping such data out of the nodes).
//
// One store subscription per store and collection, whatever the number of cards: on a change of
// the map it compares the subscribed ids' records and wakes only the components whose record is a
// different object. No per-card store listener re-runs on every change (presence updates included).

import { useCallback, useSyncExternalStore } from 'react'
import type { StoreApi } from 'zustand/vanilla'
import { getOwn, type Records } from '../domain/records'
import type { JourneyMap, Touchpoint } from '../domain/types'
import { useEditorStore } from './context'

type Collection<T> = (map: JourneyMap) => Records<T>

/** What the feed needs of the editor's store (tests hand it a bare store). */
type MapStore = StoreApi<{ map: JourneyMap }>

interface Feed {
  subscribe(id: string, listener: () => void): () => void
}

const feeds = new WeakMap<MapStore, WeakMap<Collection<unknown>, Feed>>()

function createFeed<T>(store: MapStore, collection: Collection<T>): Feed {
  const listeners = new Map<string, Set<() => void>>()
  let stop: (() => void) | null = null
  const changed = (state: { map: JourneyMap }, previous: { map: JourneyMap }) => {
    if (state.map === previous.map) return
    const now = collection(state.map)
    const before = collection(previous.map)
    if (now === before) return
    for (const [id, forId] of listeners) {
      if (getOwn(now, id) !== getOwn(before, id)) for (const listener of [...forId]) listener()
    }
  }
  return {
    subscribe(id, listener) {
      let forId = listeners.get(id)
      if (!forId) listeners.set(id, (forId = new Set()))
      forId.add(listener)
      stop ??= store.subscribe(changed)
      return () => {
        forId.delete(listener)
        if (forId.size === 0) listeners.delete(id)
        if (listeners.size === 0) {
          stop?.()
          stop = null
        }
      }
    },
  }
}

/** Calls `listener` each time record `id` of `collection` becomes another object (or goes). */
export function watchRecord<T>(
  store: MapStore,
  collection: Collection<T>,
  id: string,
  listener: () => void,
): () => void {
  let byCollection = feeds.get(store)
  if (!byCollection) feeds.set(store, (byCollection = new WeakMap()))
  let feed = byCollection.get(collection)
  if (!feed) byCollection.set(collection, (feed = createFeed(store, collection)))
  return feed.subscribe(id, listener)
}

/**
 * The record `id` of `collection` (a function defined once at module level, such as
 * `touchpointsOf`), or undefined once it is gone; re-renders when that record changes only.
 */
export function useMapRecord<T>(collection: Collection<T>, id: string): T | undefined {
  const store = useEditorStore()
  const subscribe = useCallback(
    (listener: () => void) => watchRecord(store, collection, id, listener),
    [store, collection, id],
  )
  const read = () => getOwn(collection(store.getState().map), id)
  return useSyncExternalStore(subscribe, read, read)
}

export const touchpointsOf: Collection<Touchpoint> = (map) => map.touchpoints

// Following someone's viewport. Everyone shares where they look (the middle of their view and
// their zoom, so screens of any size line up); a follower centres on the followed person's view
// whenever it changes. "Bring everyone to me" is a summons in the facilitator's presence: each
// newer one makes everyone who has not opted out follow the facilitator, until they pan or zoom
// themselves.

import { useCallback, useEffect, type RefObject } from 'react'
import { useReactFlow, type Viewport } from '@xyflow/react'
import type { Peer } from '../../collab/presence'
import { useEditorStore } from '../../state/context'
import type { EditorState } from '../../state/editor-store'

interface Throttle {
  viewport(view: { x: number; y: number; zoom: number }): void
}

/** The facilitator's newest summons I have not answered yet, or null. */
export function pendingSummons(state: EditorState): Peer | null {
  const facilitator = state.workshop.facilitator
  if (!facilitator || state.followOptOut || facilitator.id === state.me.id) return null
  for (const peer of state.peers) {
    if (peer.user.id !== facilitator.id || !peer.summon) continue
    if (peer.summon > (state.summonsSeen[peer.clientId] ?? 0)) return peer
  }
  return null
}

export function useFollow(wrapper: RefObject<HTMLDivElement | null>, throttle: Throttle) {
  const store = useEditorStore()
  const flow = useReactFlow()

  /** Publishes where I look after every pan or zoom (mine or a followed one). */
  const onMove = useCallback(
    (_event: unknown, viewport: Viewport) => {
      const box = wrapper.current?.getBoundingClientRect()
      if (!box || viewport.zoom <= 0) return
      throttle.viewport({
        x: (box.width / 2 - viewport.x) / viewport.zoom,
        y: (box.height / 2 - viewport.y) / viewport.zoom,
        zoom: viewport.zoom,
      })
    },
    [throttle, wrapper],
  )

  /**
   * A pan or zoom by this person (not one made by following) stops following. A single scroll
   * step reports only its start and end (React Flow's pan-on-scroll), so both publish too.
   */
  const onMoveStart = useCallback(
    (event: MouseEvent | TouchEvent | null, viewport: Viewport) => {
      if (event && store.getState().following !== null) store.setState({ following: null })
      onMove(event, viewport)
    },
    [store, onMove],
  )

  /** Where I look once the canvas has fitted the map (before anyone moves). */
  const onInit = useCallback(() => onMove(null, flow.getViewport()), [flow, onMove])

  useEffect(() => {
    let last: string | null = null
    const apply = (state: EditorState) => {
      const summons = pendingSummons(state)
      if (summons?.summon) {
        store.setState({
          following: summons.clientId,
          summonsSeen: { ...state.summonsSeen, [summons.clientId]: summons.summon },
        })
        return
      }
      if (state.following === null) {
        last = null
        return
      }
      const peer = state.peers.find((p) => p.clientId === state.following)
      if (!peer) {
        // They left: stop following rather than stay frozen.
        store.setState({ following: null })
        return
      }
      const view = peer.viewport
      if (!view) return
      const key = `${view.x}|${view.y}|${view.zoom}`
      if (key === last) return
      last = key
      void flow.setCenter(view.x, view.y, { zoom: view.zoom, duration: 150 })
    }
    apply(store.getState())
    return store.subscribe(apply)
  }, [flow, store])

  return { onMove, onMoveStart, onMoveEnd: onMove, onInit }
}

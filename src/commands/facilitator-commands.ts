// The facilitator's tools. Who facilitates is recorded in the workshop doc (the person who holds
// the edit link and starts the session; handing over is one click). Following, "bring everyone
// to me" and the spotlight travel through presence (awareness), never the document; the timer is
// in the workshop doc so that late joiners see it too.

import type { Author } from '../domain/workshop/comments'
import { addMinute, idleTimer, pauseTimer, setTimer, startTimer } from '../domain/workshop/timer'
import type { WorkshopTimer } from '../domain/workshop/timer'
import { setFreeze, type Freeze } from '../domain/workshop/freeze'
import type { EditorStore } from '../state/editor-store'
import { runEdit } from './edit'
import type { Command } from './types'

export const isFacilitator = (store: EditorStore) =>
  store.getState().workshop.facilitator?.id === store.getState().me.id

export const takeFacilitator: Command = {
  id: 'facilitator.take',
  // In the vote panel and the facilitator menu; the shortcuts dialog lists keys.
  listed: false,
  label: 'Facilitate this session',
  group: 'Workshop',
  allowedIn: 'edit',
  ignoresFreeze: true,
  enabled: ({ store }) => !isFacilitator(store),
  run({ store }) {
    store.workshop.setFacilitator(store.getState().me)
  },
}

export const handOver: Command<Author> = {
  id: 'facilitator.handover',
  label: 'Hand over facilitation',
  group: 'Workshop',
  allowedIn: 'edit',
  ignoresFreeze: true,
  listed: false,
  run({ store }, to) {
    store.workshop.setFacilitator(to)
  },
}

/** Follows a colleague's viewport (null: stop). */
export const follow: Command<number | null> = {
  id: 'presence.follow',
  label: 'Follow',
  group: 'Workshop',
  allowedIn: 'view',
  listed: false,
  run({ store }, clientId) {
    store.setState({ following: clientId })
  },
}

export const bringEveryone: Command = {
  id: 'facilitator.bring',
  // In the vote panel and the facilitator menu; the shortcuts dialog lists keys.
  listed: false,
  label: 'Bring everyone to me',
  group: 'Workshop',
  allowedIn: 'edit',
  ignoresFreeze: true,
  run({ store }) {
    store.session.presence.update({ summon: Date.now() })
  },
}

export const spotlight: Command<string[] | null> = {
  id: 'facilitator.spotlight',
  label: 'Spotlight the selection',
  group: 'Workshop',
  allowedIn: 'edit',
  ignoresFreeze: true,
  listed: false,
  run({ store }, ids) {
    store.session.presence.update({ spotlight: ids && ids.length > 0 ? { ids } : null })
  },
}

function timerCommand(
  id: string,
  label: string,
  change: (timer: WorkshopTimer, now: number) => WorkshopTimer,
): Command {
  return {
    id,
    label,
    group: 'Workshop',
    allowedIn: 'edit',
    ignoresFreeze: true,
    listed: false,
    run({ store }) {
      const current = store.getState().workshop.timer ?? idleTimer()
      store.workshop.setTimer(change(current, Date.now()))
    },
  }
}

export const setTimerTo: Command<number> = {
  id: 'timer.set',
  label: 'Set the timer',
  group: 'Workshop',
  allowedIn: 'edit',
  ignoresFreeze: true,
  listed: false,
  run({ store }, ms) {
    store.workshop.setTimer(setTimer(ms))
  },
}

export const clearTimer: Command = {
  id: 'timer.clear',
  label: 'Remove the timer',
  group: 'Workshop',
  allowedIn: 'edit',
  ignoresFreeze: true,
  listed: false,
  run({ store }) {
    store.workshop.setTimer(null)
  },
}

export const freezeLayout: Command<Freeze, boolean> = {
  id: 'layout.freeze',
  label: 'Lock the layout',
  group: 'Workshop',
  allowedIn: 'edit',
  ignoresFreeze: true,
  listed: false,
  run: ({ store }, freeze) => runEdit(store, (map) => setFreeze(map, freeze)),
}

export const facilitatorCommands = [
  freezeLayout,
  takeFacilitator,
  handOver,
  follow,
  bringEveryone,
  spotlight,
  setTimerTo,
  clearTimer,
  timerCommand('timer.start', 'Start the timer', startTimer),
  timerCommand('timer.pause', 'Pause the timer', pauseTimer),
  timerCommand('timer.add-minute', 'Add a minute', addMinute),
]

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
  label: (m) => m.commands.facilitatorTake,
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
  label: (m) => m.commands.facilitatorHandover,
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
  label: (m) => m.commands.presenceFollow,
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
  label: (m) => m.commands.facilitatorBring,
  group: 'Workshop',
  allowedIn: 'edit',
  ignoresFreeze: true,
  run({ store }) {
    store.session.presence.update({ summon: Date.now() })
  },
}

export const spotlight: Command<string[] | null> = {
  id: 'facilitator.spotlight',
  label: (m) => m.commands.facilitatorSpotlight,
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
  label: Command['label'],
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
  label: (m) => m.commands.timerSet,
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
  label: (m) => m.commands.timerClear,
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
  label: (m) => m.commands.layoutFreeze,
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
  timerCommand('timer.start', (m) => m.commands.timerStart, startTimer),
  timerCommand('timer.pause', (m) => m.commands.timerPause, pauseTimer),
  timerCommand('timer.add-minute', (m) => m.commands.timerAddMinute, addMinute),
]

// Dot-voting: the facilitator (edit link) starts a vote, reveals it, ends it and saves its result
// into the map; everyone with a comment or edit link places and takes back their own dots. The
// rules are the domain's (src/domain/workshop/votes.ts); the workshop doc stores one ballot per
// voter, which only its voter writes.

import { newId } from '../domain/ids'
import { saveVoteResults, voteItems } from '../domain/workshop/vote-items'
import {
  addDot,
  ranking,
  removeDot,
  startVote as openVote,
  voterCount,
  type VoteSession,
  type VoteSettings,
} from '../domain/workshop/votes'
import { notify, type EditorStore } from '../state/editor-store'
import { currentMessages } from '../state/locale'
import { runEdit, withRefusalNotice } from './edit'
import type { Command } from './types'

/** The vote people are in or looking at, if any. */
export function activeVote(store: EditorStore): VoteSession | null {
  const { workshop } = store.getState()
  return workshop.votes.find((v) => v.id === workshop.activeVoteId) ?? null
}

export const setupVote: Command = {
  id: 'vote.setup',
  // In the vote panel and the facilitator menu; the shortcuts dialog lists keys.
  listed: false,
  label: (m) => m.commands.voteSetup,
  group: 'Workshop',
  allowedIn: 'edit',
  ignoresFreeze: true,
  run({ store }) {
    store.setState({ voteSetupOpen: true })
  },
}

export const startVote: Command<VoteSettings, boolean> = {
  id: 'vote.start',
  label: (m) => m.commands.voteStart,
  group: 'Workshop',
  allowedIn: 'edit',
  ignoresFreeze: true,
  listed: false,
  run({ store }, settings) {
    return withRefusalNotice(store, () => {
      const { me } = store.getState()
      const previous = activeVote(store)
      // One vote at a time: an open one is closed (unrevealed) when the next starts.
      if (previous?.status === 'open') store.workshop.putVote({ ...previous, status: 'closed' })
      const vote = openVote(newId(), settings, me.id, Date.now(), currentMessages())
      store.workshop.putVote(vote)
      store.workshop.setActiveVote(vote.id)
      store.setState({ voteSetupOpen: false, sidePanel: 'vote' })
    })
  },
}

export const placeDot: Command<{ itemId: string; delta: 1 | -1 }, boolean> = {
  id: 'vote.dot',
  label: (m) => m.commands.voteDot,
  group: 'Workshop',
  allowedIn: 'comment',
  listed: false,
  run({ store }, { itemId, delta }) {
    const vote = activeVote(store)
    if (!vote) return false
    const { workshop, me } = store.getState()
    const ballot = workshop.ballots.find((b) => b.sessionId === vote.id && b.voter.id === me.id)
    return withRefusalNotice(store, () => {
      const now = Date.now()
      const m = currentMessages()
      if (delta === 1) store.workshop.putBallot(addDot(vote, ballot ?? null, me, itemId, now, m))
      else if (ballot) store.workshop.putBallot(removeDot(vote, ballot, itemId, now, m))
    })
  },
}

export const revealVote: Command = {
  id: 'vote.reveal',
  // In the vote panel and the facilitator menu; the shortcuts dialog lists keys.
  listed: false,
  label: (m) => m.commands.voteReveal,
  group: 'Workshop',
  allowedIn: 'edit',
  ignoresFreeze: true,
  enabled: ({ store }) => activeVote(store)?.status === 'open',
  run({ store }) {
    const vote = activeVote(store)
    if (!vote) return
    store.workshop.putVote({ ...vote, status: 'revealed', revealedAt: Date.now() })
    store.setState({ sidePanel: 'vote' })
  },
}

export const endVote: Command = {
  id: 'vote.end',
  // In the vote panel and the facilitator menu; the shortcuts dialog lists keys.
  listed: false,
  label: (m) => m.commands.voteEnd,
  group: 'Workshop',
  allowedIn: 'edit',
  ignoresFreeze: true,
  enabled: ({ store }) => activeVote(store) !== null,
  run({ store }) {
    const vote = activeVote(store)
    if (!vote) return
    if (vote.status === 'open') store.workshop.putVote({ ...vote, status: 'closed' })
    store.workshop.setActiveVote(null)
  },
}

/** Writes the revealed result into the map: counts on the items, the session in the meta. */
export const saveVote: Command<void, boolean> = {
  id: 'vote.save',
  // In the vote panel and the facilitator menu; the shortcuts dialog lists keys.
  listed: false,
  label: (m) => m.commands.voteSave,
  group: 'Workshop',
  allowedIn: 'edit',
  ignoresFreeze: true,
  enabled: ({ store }) => activeVote(store)?.status === 'revealed',
  run({ store }) {
    const vote = activeVote(store)
    if (!vote) return false
    const { workshop } = store.getState()
    const m = currentMessages()
    const saved = runEdit(store, (map) =>
      saveVoteResults(
        map,
        vote,
        ranking(vote, workshop.ballots, voteItems(map, vote.scope, m)),
        voterCount(vote, workshop.ballots),
        Date.now(),
      ),
    )
    if (saved) notify(store, m.workshop.vote.saved)
    return saved
  },
}

export const voteCommands = [setupVote, startVote, placeDot, revealVote, endVote, saveVote]

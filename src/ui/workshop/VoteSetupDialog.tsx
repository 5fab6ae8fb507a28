// The facilitator's vote settings: what people vote on, dots per person (3 by default), one or
// several per item, anonymous or named, and an optional time limit.

import { useId, useState } from 'react'
import { Vote } from 'lucide-react'
import { startVote } from '../../commands/vote-commands'
import { useRunCommand } from '../../commands/use-command'
import {
  DEFAULT_VOTE_SETTINGS,
  MAX_DOTS,
  VOTE_SCOPES,
  type VoteScope,
} from '../../domain/workshop/votes'
import { voteItems } from '../../domain/workshop/vote-items'
import { useEditor, useEditorStore } from '../../state/context'
import { Modal } from '../dialogs/Modal'
import './workshop.css'
import './vote.css'

const LIMITS: readonly { label: string; ms: number | null }[] = [
  { label: 'No time limit', ms: null },
  { label: '1 minute', ms: 60_000 },
  { label: '2 minutes', ms: 120_000 },
  { label: '3 minutes', ms: 180_000 },
  { label: '5 minutes', ms: 300_000 },
  { label: '10 minutes', ms: 600_000 },
]

export function VoteSetupDialog() {
  const open = useEditor((s) => s.voteSetupOpen)
  return open ? <VoteSetup /> : null
}

function VoteSetup() {
  const store = useEditorStore()
  const run = useRunCommand()
  const map = useEditor((s) => s.map)
  const [title, setTitle] = useState('')
  const [scope, setScope] = useState<VoteScope>(DEFAULT_VOTE_SETTINGS.scope)
  const [dots, setDots] = useState(DEFAULT_VOTE_SETTINGS.dots)
  const [several, setSeveral] = useState(false)
  const [anonymous, setAnonymous] = useState(true)
  const [limit, setLimit] = useState<number | null>(null)
  const ids = { title: useId(), scope: useId(), dots: useId(), limit: useId() }
  const itemCount = voteItems(map, scope).length
  const noun = VOTE_SCOPES.find((s) => s.value === scope)?.noun ?? 'items'

  return (
    <Modal
      title="Start a dot vote"
      description="Votes stay hidden until you reveal them, so nobody follows the crowd."
      onClose={() => store.setState({ voteSetupOpen: false })}
    >
      <form
        className="ws-setup"
        onSubmit={(event) => {
          event.preventDefault()
          run(startVote, {
            title,
            scope,
            dots,
            severalPerItem: several,
            anonymous,
            durationMs: limit,
          })
        }}
      >
        <label className="dlg-label" htmlFor={ids.title}>
          Question
        </label>
        <input
          id={ids.title}
          className="dlg-input"
          value={title}
          maxLength={120}
          placeholder="e.g. Which pain points hurt most?"
          onChange={(e) => setTitle(e.target.value)}
          data-autofocus
        />
        <div className="ws-setup__row">
          <div>
            <label className="dlg-label" htmlFor={ids.scope}>
              Vote on
            </label>
            <select
              id={ids.scope}
              className="dlg-input"
              value={scope}
              onChange={(e) => setScope(e.target.value as VoteScope)}
            >
              {VOTE_SCOPES.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label className="dlg-label" htmlFor={ids.dots}>
              Dots per person
            </label>
            <input
              id={ids.dots}
              className="dlg-input"
              type="number"
              min={1}
              max={MAX_DOTS}
              value={dots}
              onChange={(e) => setDots(Math.round(Number(e.target.value)) || 1)}
            />
          </div>
          <div>
            <label className="dlg-label" htmlFor={ids.limit}>
              Time limit
            </label>
            <select
              id={ids.limit}
              className="dlg-input"
              value={limit ?? ''}
              onChange={(e) => setLimit(e.target.value === '' ? null : Number(e.target.value))}
            >
              {LIMITS.map((l) => (
                <option key={l.label} value={l.ms ?? ''}>
                  {l.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <label className="ws-check">
          <input type="checkbox" checked={several} onChange={(e) => setSeveral(e.target.checked)} />
          Several dots on one item
        </label>
        <label className="ws-check">
          <input
            type="checkbox"
            checked={anonymous}
            onChange={(e) => setAnonymous(e.target.checked)}
          />
          Anonymous (the result shows counts, not who voted for what)
        </label>
        <p className="dlg-hint">
          {itemCount === 0
            ? `This map has no ${noun} to vote on yet.`
            : `${itemCount} ${noun} can be voted on.`}
        </p>
        <div className="ws-setup__actions">
          <button
            type="button"
            className="dlg-button"
            onClick={() => store.setState({ voteSetupOpen: false })}
          >
            Cancel
          </button>
          <button
            type="submit"
            className="dlg-button dlg-button--primary"
            disabled={itemCount === 0}
          >
            <Vote size={16} aria-hidden />
            Start vote
          </button>
        </div>
      </form>
    </Modal>
  )
}

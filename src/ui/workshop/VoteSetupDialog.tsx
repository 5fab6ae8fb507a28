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
import { useT } from '../../state/locale'
import { Modal } from '../dialogs/Modal'
import './workshop.css'
import './vote.css'

/** Time limits offered, in minutes (null: none). */
const LIMITS: readonly (number | null)[] = [null, 1, 2, 3, 5, 10]

export function VoteSetupDialog() {
  const open = useEditor((s) => s.voteSetupOpen)
  return open ? <VoteSetup /> : null
}

function VoteSetup() {
  const store = useEditorStore()
  const run = useRunCommand()
  const t = useT()
  const words = t.workshop.vote
  const map = useEditor((s) => s.map)
  const [title, setTitle] = useState('')
  const [scope, setScope] = useState<VoteScope>(DEFAULT_VOTE_SETTINGS.scope)
  const [dots, setDots] = useState(DEFAULT_VOTE_SETTINGS.dots)
  const [several, setSeveral] = useState(false)
  const [anonymous, setAnonymous] = useState(true)
  const [limit, setLimit] = useState<number | null>(null)
  const ids = { title: useId(), scope: useId(), dots: useId(), limit: useId() }
  const itemCount = voteItems(map, scope, t).length

  return (
    <Modal
      title={words.startDotVote}
      description={words.setup.description}
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
          {words.setup.question}
        </label>
        <input
          id={ids.title}
          className="dlg-input"
          value={title}
          maxLength={120}
          placeholder={words.setup.questionPlaceholder}
          onChange={(e) => setTitle(e.target.value)}
          data-autofocus
        />
        <div className="ws-setup__row">
          <div>
            <label className="dlg-label" htmlFor={ids.scope}>
              {words.setup.voteOn}
            </label>
            <select
              id={ids.scope}
              className="dlg-input"
              value={scope}
              onChange={(e) => setScope(e.target.value as VoteScope)}
            >
              {VOTE_SCOPES.map((s) => (
                <option key={s.value} value={s.value}>
                  {words.scopes[s.value].label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label className="dlg-label" htmlFor={ids.dots}>
              {words.setup.dotsPerPerson}
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
              {words.setup.timeLimit}
            </label>
            <select
              id={ids.limit}
              className="dlg-input"
              value={limit ?? ''}
              onChange={(e) => setLimit(e.target.value === '' ? null : Number(e.target.value))}
            >
              {LIMITS.map((minutes) => (
                <option key={minutes ?? 'none'} value={minutes === null ? '' : minutes * 60_000}>
                  {minutes === null ? words.setup.noTimeLimit : words.setup.minutes(minutes)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <label className="ws-check">
          <input type="checkbox" checked={several} onChange={(e) => setSeveral(e.target.checked)} />
          {words.setup.several}
        </label>
        <label className="ws-check">
          <input
            type="checkbox"
            checked={anonymous}
            onChange={(e) => setAnonymous(e.target.checked)}
          />
          {words.setup.anonymous}
        </label>
        <p className="dlg-hint">
          {itemCount === 0 ? words.scopes[scope].none : words.scopes[scope].count(itemCount)}
        </p>
        <div className="ws-setup__actions">
          <button
            type="button"
            className="dlg-button"
            onClick={() => store.setState({ voteSetupOpen: false })}
          >
            {t.common.cancel}
          </button>
          <button
            type="submit"
            className="dlg-button dlg-button--primary"
            disabled={itemCount === 0}
          >
            <Vote size={16} aria-hidden />
            {words.setup.start}
          </button>
        </div>
      </form>
    </Modal>
  )
}

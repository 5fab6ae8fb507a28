// The workshop group of the toolbar: the comments panel (with the open-thread count), the vote
// panel, and the facilitator's menu — take or hand over facilitation, bring everyone to me,
// spotlight the selection, set the timer.

import { useMemo } from 'react'
import { MessageSquare, Presentation, Vote } from 'lucide-react'
import { toggleComments } from '../../commands/comment-commands'
import { freezeOf, type Freeze } from '../../domain/workshop/freeze'
import {
  bringEveryone,
  freezeLayout,
  handOver,
  setTimerTo,
  spotlight,
  takeFacilitator,
} from '../../commands/facilitator-commands'
import { useRunCommand } from '../../commands/use-command'
import { openCounts } from '../../domain/workshop/comments'
import { useEditor, useEditorStore } from '../../state/context'
import { canFacilitate } from '../../state/selectors'
import { Dropdown } from '../toolbar/Dropdown'
import { parseRoster, rosterKey } from '../presence/avatar'
import { useT } from '../../state/locale'
import './workshop.css'

const TIMER_PRESETS = [1, 3, 5, 10, 15]

const FREEZES: readonly Freeze[] = ['none', 'positions', 'all']

export function WorkshopTools() {
  const store = useEditorStore()
  const run = useRunCommand()
  const words = useT().workshop
  const panel = useEditor((s) => s.sidePanel)
  const threads = useEditor((s) => s.workshop.threads)
  const comments = useEditor((s) => s.workshop.comments)
  const voting = useEditor((s) =>
    s.workshop.votes.some((v) => v.id === s.workshop.activeVoteId && v.status !== 'closed'),
  )
  const open = useMemo(() => {
    let n = 0
    for (const count of openCounts(threads, comments).values()) n += count
    return n
  }, [threads, comments])
  return (
    <>
      <button
        type="button"
        className="tool ws-tool"
        aria-label={words.tools.comments}
        title={words.tools.commentsTitle('Shift+M')}
        aria-pressed={panel === 'comments'}
        onClick={() => run(toggleComments, undefined)}
      >
        <MessageSquare size={18} aria-hidden />
        {open > 0 && (
          <span className="ws-toolcount" data-testid="open-comment-count">
            {open}
          </span>
        )}
      </button>
      <button
        type="button"
        className="tool ws-tool"
        aria-label={words.vote.panel}
        title={voting ? words.vote.titleRunning : words.vote.title}
        aria-pressed={panel === 'vote'}
        onClick={() => store.setState({ sidePanel: panel === 'vote' ? 'inspector' : 'vote' })}
      >
        <Vote size={18} aria-hidden />
        {voting && <span className="ws-toolcount ws-toolcount--live" aria-hidden />}
      </button>
      <FacilitatorMenu />
    </>
  )
}

function FacilitatorMenu() {
  const run = useRunCommand()
  const words = useT().workshop.tools
  const editable = useEditor(canFacilitate)
  const facilitator = useEditor((s) => s.workshop.facilitator)
  const me = useEditor((s) => s.me)
  const selection = useEditor((s) => s.selection)
  const rosterId = useEditor((s) => rosterKey(s.peers))
  const peers = useMemo(() => parseRoster(rosterId), [rosterId])
  const store = useEditorStore()
  const freeze = useEditor((s) => freezeOf(s.map))
  const mine = facilitator?.id === me.id
  return (
    <Dropdown
      icon={Presentation}
      text={words.facilitate}
      label={words.facilitatorTools}
      disabled={!editable}
    >
      {(close) => (
        <div className="menu ws-menu" role="group" aria-label={words.facilitatorTools}>
          <p className="menu__heading">
            {facilitator
              ? mine
                ? words.facilitatorYou
                : words.facilitator(facilitator.name)
              : words.nobodyFacilitates}
          </p>
          {!mine && (
            <button
              type="button"
              className="menu__item"
              onClick={() => {
                run(takeFacilitator, undefined)
                close()
              }}
            >
              {words.facilitateSession}
            </button>
          )}
          <button
            type="button"
            className="menu__item"
            onClick={() => {
              if (!mine) run(takeFacilitator, undefined)
              run(bringEveryone, undefined)
              close()
            }}
          >
            {words.bringEveryone}
          </button>
          <button
            type="button"
            className="menu__item"
            disabled={selection.size === 0}
            onClick={() => {
              if (!mine) run(takeFacilitator, undefined)
              run(spotlight, [...selection])
              close()
            }}
          >
            {words.spotlight}
          </button>
          <button
            type="button"
            className="menu__item"
            onClick={() => {
              run(spotlight, null)
              close()
            }}
          >
            {words.endSpotlight}
          </button>
          <p className="menu__heading">{words.layout}</p>
          {FREEZES.map((value) => (
            <button
              key={value}
              type="button"
              className="menu__item"
              aria-pressed={freeze === value}
              onClick={() => {
                run(freezeLayout, value)
                close()
              }}
            >
              {freeze === value ? '✓ ' : ''}
              {words.freezes[value]}
            </button>
          ))}
          <p className="menu__heading">{words.timer}</p>
          <div className="ws-menu__presets">
            {TIMER_PRESETS.map((minutes) => (
              <button
                key={minutes}
                type="button"
                className="ws-button ws-button--small"
                onClick={() => {
                  run(setTimerTo, minutes * 60_000)
                  close()
                }}
              >
                {words.minutes(minutes)}
              </button>
            ))}
          </div>
          {mine && peers.length > 0 && (
            <>
              <p className="menu__heading">{words.handOver}</p>
              {peers.map((peer) => {
                const id = store.getState().peers.find((p) => p.clientId === peer.clientId)?.user.id
                return (
                  <button
                    key={peer.clientId}
                    type="button"
                    className="menu__item"
                    disabled={!id}
                    onClick={() => {
                      if (id) run(handOver, { id, name: peer.name, color: peer.color })
                      close()
                    }}
                  >
                    {peer.name}
                  </button>
                )
              })}
            </>
          )}
        </div>
      )}
    </Dropdown>
  )
}

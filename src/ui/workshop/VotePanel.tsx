// The vote side panel. While a vote runs: my dots left, the items with my dots on them and
// buttons to place or take back a dot, how many people have voted (never what they chose), the
// time left, and for the facilitator Reveal / End. After the reveal: the ranking ("Top pain
// points"), saved into the map or exported as CSV.

import { useMemo } from 'react'
import { Download, Eye, Minus, Plus, Save, Square, Vote, X } from 'lucide-react'
import { endVote, placeDot, revealVote, saveVote, setupVote } from '../../commands/vote-commands'
import { flyTo } from '../../commands/comment-commands'
import { useRunCommand } from '../../commands/use-command'
import { downloadBlob } from '../../export/download'
import { rankingCsv, voteItems } from '../../domain/workshop/vote-items'
import {
  acceptsVotes,
  dotsLeft,
  ranking,
  visibleDots,
  voterCount,
} from '../../domain/workshop/votes'
import { formatClock } from '../../domain/workshop/timer'
import { slugify } from '../../domain/format/file-names'
import { useEditor, useEditorStore } from '../../state/context'
import { canComment, canFacilitate } from '../../state/selectors'
import { useNow } from '../../canvas/workshop/use-now'
import { useT } from '../../state/locale'
import './workshop.css'
import './vote.css'

export function VotePanel() {
  const store = useEditorStore()
  const run = useRunCommand()
  const t = useT()
  const words = t.workshop.vote
  const map = useEditor((s) => s.map)
  const workshop = useEditor((s) => s.workshop)
  const me = useEditor((s) => s.me)
  const editable = useEditor(canFacilitate)
  const allowed = useEditor(canComment)
  const vote = workshop.votes.find((v) => v.id === workshop.activeVoteId) ?? null
  const now = useNow(vote?.endsAt ? 250 : null)
  const items = useMemo(() => (vote ? voteItems(map, vote.scope, t) : []), [map, vote, t])
  const ballot = vote
    ? (workshop.ballots.find((b) => b.sessionId === vote.id && b.voter.id === me.id) ?? null)
    : null
  const dots = useMemo(
    () => (vote ? visibleDots(vote, workshop.ballots, me.id) : new Map()),
    [vote, workshop.ballots, me.id],
  )
  const ranked = useMemo(
    () => (vote?.status === 'revealed' ? ranking(vote, workshop.ballots, items) : []),
    [vote, workshop.ballots, items],
  )

  const close = (
    <button
      type="button"
      className="ws-icon-button"
      aria-label={words.close}
      onClick={() => store.setState({ sidePanel: 'inspector' })}
    >
      <X size={16} aria-hidden />
    </button>
  )

  if (!vote || vote.status === 'closed') {
    return (
      <aside className="ws-panel" aria-label={words.panel} data-testid="vote-panel">
        <header className="ws-panel__head">
          <h2 className="ws-panel__title">{words.title}</h2>
          {close}
        </header>
        <p className="ws-empty">{words.noneRunning}</p>
        {editable && (
          <button
            type="button"
            className="ws-button ws-button--primary ws-button--wide"
            onClick={() => run(setupVote, undefined)}
          >
            <Vote size={14} aria-hidden />
            {words.startDotVote}
          </button>
        )}
      </aside>
    )
  }

  const scope = words.scopes[vote.scope]
  const left = dotsLeft(vote, ballot)
  const open = acceptsVotes(vote, now)
  const rules = [
    scope.label,
    words.dotsEach(vote.dots),
    vote.severalPerItem ? words.severalPerItem : words.onePerItem,
    vote.anonymous ? words.anonymous : words.named,
  ].join(' · ')

  return (
    <aside className="ws-panel" aria-label={words.panel} data-testid="vote-panel">
      <header className="ws-panel__head">
        <h2 className="ws-panel__title">{vote.title || scope.voteOn}</h2>
        {close}
      </header>
      <p className="ws-vote__rules">{rules}</p>
      {vote.status === 'open' && (
        <>
          <div className="ws-vote__status">
            <div className="ws-vote__left" data-testid="dots-left" aria-live="polite">
              <span className="ws-vote__dots" aria-hidden>
                {Array.from({ length: vote.dots }, (_, i) => (
                  <span
                    key={i}
                    className={`ws-vote__dot${i < left ? '' : ' ws-vote__dot--used'}`}
                    style={i < left ? { background: me.color } : undefined}
                  />
                ))}
              </span>
              {words.dotsLeft(left, vote.dots)}
            </div>
            <div className="ws-vote__meta">
              <span data-testid="voter-count">
                {words.votedSoFar(voterCount(vote, workshop.ballots))}
              </span>
              {vote.endsAt !== null && (
                <span className={open ? 'ws-vote__clock' : 'ws-vote__clock ws-vote__clock--over'}>
                  {open ? formatClock(vote.endsAt - now) : words.timesUp}
                </span>
              )}
            </div>
            <p className="ws-hint">{words.hiddenHint}</p>
          </div>
          <ol className="ws-items" aria-label={words.items}>
            {items.map((item) => {
              const mine = dots.get(item.id)?.mine ?? 0
              return (
                <li key={item.id} className="ws-item" data-testid="vote-item">
                  <button
                    type="button"
                    className="ws-item__label"
                    title={t.workshop.showOnCanvas}
                    onClick={() => run(flyTo, { type: 'record', id: item.cardId })}
                  >
                    {item.label}
                  </button>
                  <span className="ws-item__mine" aria-label={words.yourDots(mine)}>
                    {Array.from({ length: mine }, (_, i) => (
                      <span key={i} className="ws-vote__dot" style={{ background: me.color }} />
                    ))}
                  </span>
                  <button
                    type="button"
                    className="ws-icon-button"
                    aria-label={words.takeBack(item.label)}
                    disabled={!open || !allowed || mine === 0}
                    onClick={() => run(placeDot, { itemId: item.id, delta: -1 })}
                  >
                    <Minus size={14} aria-hidden />
                  </button>
                  <button
                    type="button"
                    className="ws-icon-button ws-icon-button--accent"
                    aria-label={words.voteFor(item.label)}
                    disabled={!open || !allowed || left === 0 || (!vote.severalPerItem && mine > 0)}
                    onClick={() => run(placeDot, { itemId: item.id, delta: 1 })}
                  >
                    <Plus size={14} aria-hidden />
                  </button>
                </li>
              )
            })}
          </ol>
        </>
      )}
      {vote.status === 'revealed' && (
        <section aria-label={words.result} data-testid="vote-ranking">
          <h3 className="ws-ranking__title">{scope.top}</h3>
          {ranked.length === 0 ? (
            <p className="ws-empty">{words.nobodyVoted}</p>
          ) : (
            <ol className="ws-ranking">
              {ranked.map((r) => (
                <li key={r.item.id} className="ws-rank" data-testid="ranked-item">
                  <span className="ws-rank__place">{r.rank}</span>
                  <button
                    type="button"
                    className="ws-rank__label"
                    onClick={() => run(flyTo, { type: 'record', id: r.item.cardId })}
                  >
                    {r.item.label}
                    {r.voters.length > 0 && (
                      <span className="ws-rank__voters">
                        {r.voters
                          .map((v) => (v.dots > 1 ? words.voterDots(v.name, v.dots) : v.name))
                          .join(', ')}
                      </span>
                    )}
                  </button>
                  <span className="ws-rank__votes" data-testid="ranked-votes">
                    {r.votes}
                  </span>
                </li>
              ))}
            </ol>
          )}
          <div className="ws-panel__actions">
            {editable && (
              <button
                type="button"
                className="ws-button ws-button--primary"
                onClick={() => run(saveVote, undefined)}
              >
                <Save size={14} aria-hidden />
                {words.saveIntoMap}
              </button>
            )}
            <button
              type="button"
              className="ws-button"
              onClick={() =>
                downloadBlob(
                  new Blob([rankingCsv(map, ranked)], { type: 'text/csv;charset=utf-8' }),
                  `${slugify(map.meta.title)}-votes.csv`,
                )
              }
            >
              <Download size={14} aria-hidden />
              {words.csv}
            </button>
          </div>
        </section>
      )}
      {editable && (
        <div className="ws-panel__actions ws-panel__actions--facilitator">
          {vote.status === 'open' && (
            <button
              type="button"
              className="ws-button ws-button--primary"
              onClick={() => run(revealVote, undefined)}
            >
              <Eye size={14} aria-hidden />
              {words.reveal}
            </button>
          )}
          <button type="button" className="ws-button" onClick={() => run(endVote, undefined)}>
            <Square size={14} aria-hidden />
            {words.end}
          </button>
        </div>
      )}
    </aside>
  )
}

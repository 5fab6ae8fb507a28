// Comments and dots on the canvas, drawn above the cards in canvas coordinates (a viewport
// portal) rather than inside them: the cards stay memoised and never re-render for a vote. Each
// touchpoint and note shows its open-thread count; while a vote is open, the cards in its scope
// show my dots and a button to add one; after the reveal, everyone's count.

import { memo, useMemo } from 'react'
import { ViewportPortal } from '../canvas-portals'
import { MessageSquare, Plus } from 'lucide-react'
import { placeDot } from '../../commands/vote-commands'
import { useRunCommand } from '../../commands/use-command'
import { CARD_SIZE } from '../../domain/card'
import { absolutePositions, laneRows, phaseColumns } from '../../domain/geometry'
import type { Rect } from '../../domain/geometry'
import { getRecord } from '../../domain/kinds/collections'
import { defaultRegistry } from '../../domain/kinds/registry'
import type { Id, JourneyMap, Point } from '../../domain/types'
import { openCounts } from '../../domain/workshop/comments'
import { voteItems } from '../../domain/workshop/vote-items'
import {
  acceptsVotes,
  addDotProblem,
  visibleDots,
  type VoteSession,
} from '../../domain/workshop/votes'
import { useEditor, useEditorStore } from '../../state/context'
import { useT } from '../../state/locale'
import { canComment } from '../../state/selectors'
import { useNow } from './use-now'
import './workshop-overlay.css'

interface Anchor {
  id: Id
  label: string
  /** The card's top-right corner. */
  at: Point
  /** Cards and notes take dots; phases and lanes only show comment badges. */
  votable: boolean
}

function WorkshopOverlayView() {
  const workshop = useEditor((s) => s.workshop)
  const me = useEditor((s) => s.me)
  const allowed = useEditor(canComment)
  const store = useEditorStore()
  const run = useRunCommand()
  const t = useT()
  const words = t.workshop.vote

  const counts = useMemo(
    () => openCounts(workshop.threads, workshop.comments),
    [workshop.threads, workshop.comments],
  )
  const vote: VoteSession | null =
    workshop.votes.find((v) => v.id === workshop.activeVoteId && v.status !== 'closed') ?? null
  // Only while a badge or a dot can show: otherwise every edit of the map would place every card
  // again, for nothing.
  const shown = counts.size > 0 || vote !== null
  const spotlit = useEditor((s) => {
    const id = s.workshop.facilitator?.id
    return s.peers.find((p) => p.user.id === id && p.spotlight)?.spotlight?.ids.join('|') ?? ''
  })
  // The map only while something here is drawn from it: otherwise each keystroke anywhere would
  // re-render this overlay for nothing.
  const map = useEditor((s) => (shown || spotlit !== '' ? s.map : null))
  const anchors = useMemo(() => {
    const out: Anchor[] = []
    if (!shown || !map) return out
    const placed = absolutePositions(map)
    for (const card of Object.values(map.touchpoints)) {
      const { x, y } = placed(card)
      out.push({
        id: card.id,
        label: card.title,
        at: { x: x + CARD_SIZE.width, y },
        votable: true,
      })
    }
    // Phases and lanes carry a badge too (never dots): on the column header's and the lane
    // label's top-right corners.
    for (const { phase, x, width } of phaseColumns(map)) {
      out.push({ id: phase.id, label: phase.name, at: { x: x + width, y: 0 }, votable: false })
    }
    for (const { lane, y } of laneRows(map)) {
      out.push({ id: lane.id, label: lane.name, at: { x: 0, y }, votable: false })
    }
    for (const note of Object.values(map.notes)) {
      out.push({
        id: note.id,
        label: note.text.split('\n')[0] ?? '',
        at: { x: note.position.x + note.size.width, y: note.position.y },
        votable: true,
      })
    }
    return out
  }, [map, shown])
  const inScope = useMemo(
    () => new Set(vote && map ? voteItems(map, vote.scope, t).map((item) => item.id) : []),
    [map, vote, t],
  )
  const dots = useMemo(
    () => (vote ? visibleDots(vote, workshop.ballots, me.id) : new Map()),
    [vote, workshop.ballots, me.id],
  )
  const now = useNow(vote?.endsAt ? 1000 : null)
  const myBallot = vote
    ? (workshop.ballots.find((b) => b.sessionId === vote.id && b.voter.id === me.id) ?? null)
    : null
  const open = vote !== null && acceptsVotes(vote, now)

  const spot = useMemo(() => (map ? spotlightRect(map, spotlit) : null), [map, spotlit])

  const openThreads = (anchor: Anchor) => {
    const thread = workshop.threads.find(
      (t) => !t.resolved && t.target.type === 'record' && t.target.id === anchor.id,
    )
    store.setState({
      sidePanel: 'comments',
      activeThreadId: thread?.id ?? null,
      commentDraft: null,
    })
  }

  return (
    <ViewportPortal>
      {spot && (
        <div
          className="ws-spotlight"
          data-testid="spotlight"
          style={{
            transform: `translate(${spot.x - 16}px, ${spot.y - 16}px)`,
            width: spot.width + 32,
            height: spot.height + 32,
          }}
        />
      )}
      {anchors.map((anchor) => {
        const count = counts.get(anchor.id) ?? 0
        const seen = dots.get(anchor.id)
        // After the reveal only cards with dots carry a count; a row of zeros is noise.
        // Only what helps: my dots and a "+" while I can still place one here; after the
        // reveal, cards with dots (a row of zeros is noise).
        const canAdd =
          vote !== null && allowed && addDotProblem(vote, myBallot, anchor.id, now, t) === null
        const voting =
          vote !== null &&
          anchor.votable &&
          inScope.has(anchor.id) &&
          (vote.status === 'open' ? canAdd || (seen?.mine ?? 0) > 0 : (seen?.total ?? 0) > 0)
        if (count === 0 && !voting) return null
        return (
          <div
            key={anchor.id}
            className="ws-anchor"
            style={{ transform: `translate(${anchor.at.x}px, ${anchor.at.y}px)` }}
            data-testid={`ws-anchor-${anchor.id}`}
          >
            {voting && (
              <div
                className={`ws-dots${vote.status === 'revealed' ? ' ws-dots--revealed' : ''}`}
                data-testid="vote-dots"
              >
                {vote.status === 'revealed' ? (
                  <span
                    className="ws-dots__total"
                    title={words.dots(seen?.total ?? 0)}
                    aria-label={words.dotsOn(seen?.total ?? 0, anchor.label)}
                  >
                    {seen?.total ?? 0}
                  </span>
                ) : (
                  <>
                    {Array.from({ length: seen?.mine ?? 0 }, (_, i) => (
                      <button
                        key={i}
                        type="button"
                        className="ws-dot nodrag"
                        style={{ background: me.color }}
                        aria-label={words.takeBack(anchor.label)}
                        title={words.yourDot}
                        disabled={!open || !allowed}
                        onClick={() => run(placeDot, { itemId: anchor.id, delta: -1 })}
                      />
                    ))}
                    {canAdd && (
                      <button
                        type="button"
                        className="ws-dot ws-dot--add nodrag"
                        aria-label={words.voteFor(anchor.label)}
                        title={words.placeDot}
                        onClick={() => run(placeDot, { itemId: anchor.id, delta: 1 })}
                      >
                        <Plus size={12} aria-hidden />
                      </button>
                    )}
                  </>
                )}
              </div>
            )}
            {count > 0 ? (
              <button
                type="button"
                className="ws-badge nodrag"
                aria-label={t.workshop.comments.openThreadsOn(count, anchor.label)}
                data-testid="comment-badge"
                onClick={() => openThreads(anchor)}
              >
                <MessageSquare size={12} aria-hidden />
                {count}
              </button>
            ) : null}
          </div>
        )
      })}
    </ViewportPortal>
  )
}

/** The area the facilitator spotlights: the union of the spotlit records' bounds. */
function spotlightRect(map: JourneyMap, key: string): Rect | null {
  if (key === '') return null
  let rect: Rect | null = null
  for (const id of key.split('|')) {
    const kind = defaultRegistry.kindOfId(map, id)
    const record = kind ? getRecord(map, kind, id) : undefined
    const box = kind && record ? kind.bounds?.(record, map, CARD_SIZE) : null
    if (!box) continue
    rect = rect
      ? {
          x: Math.min(rect.x, box.x),
          y: Math.min(rect.y, box.y),
          width: Math.max(rect.x + rect.width, box.x + box.width) - Math.min(rect.x, box.x),
          height: Math.max(rect.y + rect.height, box.y + box.height) - Math.min(rect.y, box.y),
        }
      : box
  }
  return rect
}

export const WorkshopOverlay = memo(WorkshopOverlayView)

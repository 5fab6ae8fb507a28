import { memo, useRef, useState } from 'react'
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react'
import { EdgeLabelPortal } from '../canvas-portals'
import { endsMatch, useColumnEnds } from './route-ends'
import { updateRecord } from '../../commands/record-commands'
import { useRunCommand } from '../../commands/use-command'
import type { JourneyFlowEdge } from '../flow-types'
import { useHeldElement } from '../compositor-moves'
import { dragFrameAround } from './drag-frame'
import { countRender } from '../render-count'
import { useT } from '../../state/locale'

const DASH: Record<string, string | undefined> = {
  flow: undefined,
  alternative: '6 5',
  return: '2 5',
}

/**
 * A step of the path: an arrow with an optional label; double-click the label (or edge) to edit.
 * An unlabelled step draws no label element at all (one DOM node less per edge on big maps) until
 * it is selected or double-clicked.
 */
function JourneyEdgeView(props: EdgeProps<JourneyFlowEdge>) {
  const route = props.data?.route ?? 'side'
  return route === 'side' ? <StepEdge {...props} /> : <ColumnStepEdge {...props} route={route} />
}

/** A step between two cards of one column: from the upper card's bottom to the lower's top. */
function ColumnStepEdge(props: EdgeProps<JourneyFlowEdge> & { route: 'down' | 'up' }) {
  const { route, ...edge } = props
  const ends = useColumnEnds(route, props.source, props.target)
  return <StepEdge {...edge} {...ends} />
}

function StepEdge(props: EdgeProps<JourneyFlowEdge>) {
  const t = useT()
  const { id, data, selected, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } =
    props
  countRender('edge', id)
  const run = useRunCommand()
  const [draft, setDraft] = useState<string | null>(null)
  const label = useRef<HTMLDivElement>(null)
  const group = useRef<SVGGElement>(null)
  // While a card at either end moves, the step (React Flow's <svg> around it) and its label are
  // redrawn on every frame: each on a layer of its own, like the card (compositor-moves.ts).
  const moving = Boolean(data?.moving)
  useHeldElement(group, moving, ownSvg)
  useHeldElement(label, moving)
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  })
  const edge = data?.edge
  const color = selected ? '#2563eb' : (data?.peerColor ?? '#64748b')
  const commit = () => {
    if (draft !== null && edge && draft !== edge.label)
      run(updateRecord, { kind: 'edge', id, patch: { label: draft } })
    setDraft(null)
  }
  const showLabel = Boolean(edge?.label) || draft !== null || selected
  return (
    <g ref={group} onDoubleClick={() => setDraft(edge?.label ?? '')}>
      {/* While a card at either end moves, the step claims a fixed area: its path changes every
          frame, and a drawing whose bounds change makes the browser re-layer the page. */}
      {moving && (
        <rect
          className="edge__drag-frame"
          {...dragFrameAround(sourceX, sourceY, targetX, targetY)}
        />
      )}
      <BaseEdge
        id={id}
        path={path}
        markerEnd={`url(#trailmap-arrow${selected ? '-selected' : ''})`}
        style={{
          stroke: color,
          strokeWidth: selected ? 3 : 2,
          strokeDasharray: DASH[edge?.kind ?? 'flow'],
        }}
        interactionWidth={18}
      />
      {showLabel && (
        <EdgeLabelPortal>
          <div
            ref={label}
            className={`edge-label nodrag nopan${edge?.label || draft !== null ? '' : ' edge-label--empty'}${selected ? ' edge-label--selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            onDoubleClick={() => setDraft(edge?.label ?? '')}
            title={t.canvas.stepLabelHint}
          >
            {draft !== null ? (
              <input
                className="inline-input"
                aria-label={t.canvas.stepLabel}
                autoFocus
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                onBlur={commit}
                onKeyDown={(e) => {
                  e.stopPropagation()
                  if (e.key === 'Enter') commit()
                  if (e.key === 'Escape') setDraft(null)
                }}
              />
            ) : (
              edge?.label
            )}
          </div>
        </EdgeLabelPortal>
      )}
    </g>
  )
}

const ownSvg = (group: SVGGElement) => group.ownerSVGElement

function sameDrawnEdge(a: EdgeProps<JourneyFlowEdge>, b: EdgeProps<JourneyFlowEdge>): boolean {
  return (
    a.id === b.id &&
    a.data === b.data &&
    a.selected === b.selected &&
    a.source === b.source &&
    a.target === b.target &&
    endsMatch(a, b)
  )
}

/** Memoised on what it draws: the props above, not every prop React Flow passes. */
export const JourneyEdge = memo(JourneyEdgeView, sameDrawnEdge)

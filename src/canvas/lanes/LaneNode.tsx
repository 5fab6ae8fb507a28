// A lane: a row across every phase column, with its label left of the first column. The band is
// see-through for the pointer (clicks reach the columns and the canvas); only the label (select,
// rename, collapse) and the curve's points take clicks. Blueprint lines draw a labelled divider.

import type { NodeProps } from '@xyflow/react'
import { memoNode } from '../nodes/memo-node'
import { ChevronDown, ChevronRight } from 'lucide-react'
import { updateRecord } from '../../commands/record-commands'
import { useRunCommand } from '../../commands/use-command'
import { isLineLane } from '../../domain/vocabulary'
import { useT } from '../../state/locale'
import type { LaneFlowNode } from '../flow-types'
import { InlineText } from '../nodes/InlineText'
import { RepairedMark } from '../nodes/RepairedMark'
import { countRender } from '../render-count'
import { MetricsLaneCells } from '../metrics/MetricsLaneCells'
import { EmotionCurveLayer } from './EmotionCurveLayer'
import { InsightCards } from './InsightCards'
import { insightFieldOf } from '../../domain/insights'

function LaneNodeView({ id, data, selected }: NodeProps<LaneFlowNode>) {
  const t = useT()
  countRender('lane', id)
  const run = useRunCommand()
  const laneTypes = t.vocabulary.laneTypes
  const { lane, width, height, curves, insights, metricCells, peerColor } = data
  const field = insightFieldOf(lane.type)
  const line = isLineLane(lane.type)
  const rename = (name: string) => run(updateRecord, { kind: 'lane', id, patch: { name } })
  const toggle = () =>
    run(updateRecord, { kind: 'lane', id, patch: { collapsed: !lane.collapsed } })
  const classes = ['lane', line ? 'lane--line' : '', selected ? 'lane--selected' : '']
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      style={{
        width,
        height,
        ['--lane-color' as string]: lane.color,
        ...(peerColor ? { outlineColor: peerColor } : {}),
      }}
      data-peer={peerColor ? 'true' : undefined}
      data-lane-type={lane.type}
      data-collapsed={lane.collapsed ? 'true' : undefined}
      data-testid="lane"
    >
      {line ? (
        <div className="lane__divider" aria-hidden />
      ) : (
        curves && <EmotionCurveLayer curves={curves} width={width} height={height} />
      )}
      {insights && field && <InsightCards columns={insights} field={field} height={height} />}
      {metricCells && <MetricsLaneCells cells={metricCells} />}
      <div className="lane__label" title={laneTypes[lane.type]}>
        {!line && (
          <button
            type="button"
            className="lane__toggle nodrag"
            aria-label={
              lane.collapsed ? t.canvas.expandLane(lane.name) : t.canvas.collapseLane(lane.name)
            }
            aria-expanded={!lane.collapsed}
            onClick={toggle}
          >
            {lane.collapsed ? (
              <ChevronRight size={14} aria-hidden />
            ) : (
              <ChevronDown size={14} aria-hidden />
            )}
          </button>
        )}
        <RepairedMark record={lane} />
        <InlineText
          value={lane.name}
          label={t.canvas.laneName}
          className="lane__name"
          placeholder={t.canvas.untitledLane}
          onCommit={rename}
        />
        {curves && !lane.collapsed && <CurveLegend curves={curves} />}
      </div>
    </div>
  )
}

/** Which line is whose: the persona's colour and name; the dashed line is the to-be curve. */
function CurveLegend({ curves }: { curves: NonNullable<LaneFlowNode['data']['curves']> }) {
  const t = useT()
  const hasTargets = curves.some((curve) => curve.points.some((p) => p.target !== undefined))
  return (
    <ul className="lane__legend">
      {curves.map((curve) => (
        <li key={curve.personaId ?? 'cards'}>
          <span className="lane__swatch" style={{ background: curve.color }} aria-hidden />
          {curve.name || t.canvas.unnamedPersona}
        </li>
      ))}
      {hasTargets && (
        <li className="lane__legend-note">
          <span className="lane__swatch lane__swatch--dashed" aria-hidden />
          {t.canvas.toBe}
        </li>
      )}
    </ul>
  )
}

export const LaneNode = memoNode(LaneNodeView)

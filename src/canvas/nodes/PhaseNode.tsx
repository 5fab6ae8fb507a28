import { useState } from 'react'
import { NodeResizeControl, type NodeProps } from '@xyflow/react'
import { memoNode } from './memo-node'
import { MIN_PHASE_WIDTH } from '../../domain/defaults'
import { resizePhaseCommand, updateRecord } from '../../commands/record-commands'
import { useRunCommand } from '../../commands/use-command'
import type { PhaseFlowNode } from '../flow-types'
import { InlineText } from './InlineText'
import { countRender } from '../render-count'
import { RepairedMark } from './RepairedMark'
import { useT } from '../../state/locale'

/** A phase column: coloured header with its name (double-click to rename), resizable width. */
function PhaseNodeView({ id, data, selected }: NodeProps<PhaseFlowNode>) {
  const t = useT()
  countRender('phase', id)
  const run = useRunCommand()
  const { phase, height, peerColor, heat } = data
  const [previewWidth, setPreviewWidth] = useState<number | null>(null)
  const width = previewWidth ?? phase.width
  return (
    <div
      className={`phase${selected ? ' phase--selected' : ''}`}
      style={{
        width,
        height,
        ['--phase-color' as string]: phase.color,
        ...(peerColor ? { outlineColor: peerColor } : {}),
      }}
      data-peer={peerColor ? 'true' : undefined}
      data-heat={heat?.heat.level}
      data-heat-mode={heat?.mode}
      data-testid="phase-column"
    >
      <div className="phase__header">
        <RepairedMark record={phase} />
        <InlineText
          value={phase.name}
          label={t.canvas.phaseName}
          className="phase__name"
          onCommit={(name) => run(updateRecord, { kind: 'phase', id, patch: { name } })}
        />
        {heat && (
          <span className="phase__heat" data-testid="phase-heat">
            {heat.heat.label}
          </span>
        )}
      </div>
      {selected && (
        <NodeResizeControl
          position="right"
          minWidth={MIN_PHASE_WIDTH}
          maxHeight={height}
          minHeight={height}
          className="phase__resize"
          onResize={(_, params) => setPreviewWidth(params.width)}
          onResizeEnd={(_, params) => {
            setPreviewWidth(null)
            run(resizePhaseCommand, { id, width: Math.round(params.width) })
          }}
        />
      )}
    </div>
  )
}

export const PhaseNode = memoNode(PhaseNodeView)

import { memo } from 'react'
import { setTouchpointLaneCommand } from '../../commands/journey-commands'
import { useRunCommand } from '../../commands/use-command'
import type { Touchpoint } from '../../domain/types'
import { isDrawnLane, isLineLane } from '../../domain/vocabulary'
import { useEditor } from '../../state/context'
import { useT } from '../../state/locale'
import { RecordSelect } from './fields'

/** The lane (row) a card sits in; shown once the map has lanes that hold cards. */
function LaneSelectView({ card }: { card: Pick<Touchpoint, 'id' | 'laneId'> }) {
  const run = useRunCommand()
  const lanes = useEditor((s) => s.map.lanes)
  const t = useT()
  const holding = lanes.filter((lane) => !isLineLane(lane.type) && !isDrawnLane(lane.type))
  if (holding.length === 0) return null
  return (
    <RecordSelect
      label={t.inspector.lane}
      value={card.laneId}
      records={holding}
      untitled={t.inspector.untitledLane}
      none={t.inspector.touchpoint.noLane}
      onPick={(laneId) => run(setTouchpointLaneCommand, { id: card.id, laneId })}
    />
  )
}

/** Re-renders only when the card's lane (or the map's lanes) change, not on every keystroke. */
export const LaneSelect = memo(
  LaneSelectView,
  (a, b) => a.card.id === b.card.id && a.card.laneId === b.card.laneId,
)

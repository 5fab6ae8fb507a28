import { memo } from 'react'
import { setTouchpointLaneCommand } from '../../commands/journey-commands'
import { useRunCommand } from '../../commands/use-command'
import type { Touchpoint } from '../../domain/types'
import { isDrawnLane, isLineLane } from '../../domain/vocabulary'
import { useEditor } from '../../state/context'
import { useT } from '../../state/locale'
import { Field } from './fields'

const NO_LANE = ''

/** The lane (row) a card sits in; shown once the map has lanes that hold cards. */
function LaneSelectView({ card }: { card: Pick<Touchpoint, 'id' | 'laneId'> }) {
  const run = useRunCommand()
  const lanes = useEditor((s) => s.map.lanes)
  const t = useT()
  const holding = lanes.filter((lane) => !isLineLane(lane.type) && !isDrawnLane(lane.type))
  if (holding.length === 0) return null
  const known = holding.some((lane) => lane.id === card.laneId)
  return (
    <Field label={t.inspector.lane}>
      {(fieldId) => (
        <select
          id={fieldId}
          className="insp-input insp-select"
          value={known ? (card.laneId ?? NO_LANE) : NO_LANE}
          onChange={(event) =>
            run(setTouchpointLaneCommand, {
              id: card.id,
              laneId: event.target.value === NO_LANE ? null : event.target.value,
            })
          }
        >
          {holding.map((lane) => (
            <option key={lane.id} value={lane.id}>
              {lane.name || t.inspector.untitledLane}
            </option>
          ))}
          <option value={NO_LANE}>{t.inspector.touchpoint.noLane}</option>
        </select>
      )}
    </Field>
  )
}

/** Re-renders only when the card's lane (or the map's lanes) change, not on every keystroke. */
export const LaneSelect = memo(
  LaneSelectView,
  (a, b) => a.card.id === b.card.id && a.card.laneId === b.card.laneId,
)

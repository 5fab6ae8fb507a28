// The inspector for one lane: name, type, colour, height, collapsed, order and delete (its cards
// stay on the canvas, in no lane).

import { Rows3 } from 'lucide-react'
import { deleteLaneCommand, moveLaneCommand } from '../../commands/journey-commands'
import { updateRecord } from '../../commands/record-commands'
import { useRunCommand } from '../../commands/use-command'
import { LANE_COLORS, MIN_LANE_HEIGHT } from '../../domain/kinds/lane'
import type { Lane } from '../../domain/types'
import { LANE_TYPES, LANE_TYPE_LABELS, isLineLane, type LaneType } from '../../domain/vocabulary'
import { useEditor, useEditorStore } from '../../state/context'
import { setSelection } from '../../state/editor-store'
import {
  CheckField,
  DeleteButton,
  Field,
  OrderField,
  PanelHeader,
  Swatches,
  TextField,
} from './fields'
import { PeersHere } from './PeersHere'
import { plural } from './inspector-model'

export function LanePanel({ id }: { id: string }) {
  const store = useEditorStore()
  const run = useRunCommand()
  const lane = useEditor((s) => s.map.lanes.find((l) => l.id === id))
  const index = useEditor((s) => s.map.lanes.findIndex((l) => l.id === id))
  const count = useEditor((s) => s.map.lanes.length)
  const cards = useEditor(
    (s) => Object.values(s.map.touchpoints).filter((card) => card.laneId === id).length,
  )
  if (!lane) return null
  const edit = (patch: Partial<Lane>, mergeKey?: string) =>
    run(updateRecord, { kind: 'lane', id, patch, ...(mergeKey ? { mergeKey } : {}) })
  const line = isLineLane(lane.type)
  return (
    <div className="insp-panel">
      <PanelHeader icon={Rows3} title={line ? 'Blueprint line' : 'Lane'} />
      <PeersHere id={id} />
      <TextField
        label="Name"
        value={lane.name}
        placeholder="e.g. Customer actions"
        onCommit={(name) => edit({ name }, `lane:${id}:name`)}
      />
      <Field label="Type">
        {(fieldId) => (
          <select
            id={fieldId}
            className="insp-input insp-select"
            value={lane.type}
            onChange={(event) => edit({ type: event.target.value as LaneType })}
          >
            {LANE_TYPES.map((type) => (
              <option key={type} value={type}>
                {LANE_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Swatches
        label="Colour"
        colors={LANE_COLORS}
        value={lane.color}
        onPick={(color) => edit({ color })}
      />
      {!line && (
        <>
          <Field label="Height" hint={`Canvas pixels, at least ${MIN_LANE_HEIGHT}.`}>
            {(fieldId) => (
              <input
                id={fieldId}
                className="insp-input insp-input--number"
                type="number"
                min={MIN_LANE_HEIGHT}
                step={20}
                value={lane.height}
                onChange={(event) => {
                  const height = Number(event.target.value)
                  if (Number.isFinite(height) && height >= MIN_LANE_HEIGHT) {
                    edit({ height: Math.round(height) }, `lane:${id}:height`)
                  }
                }}
              />
            )}
          </Field>
          <CheckField
            label="Collapsed"
            checked={lane.collapsed}
            onChange={(collapsed) => edit({ collapsed })}
            hint={cards > 0 ? `${plural(cards, 'card')} hidden while collapsed.` : undefined}
          />
        </>
      )}
      <OrderField
        noun="lane"
        index={index}
        count={count}
        directions={['Up', 'Down']}
        onMove={(to) => run(moveLaneCommand, { id, to })}
      />
      <div className="insp-actions">
        <DeleteButton
          label={line ? 'Delete line' : 'Delete lane'}
          onClick={() => {
            if (run(deleteLaneCommand, { id })) setSelection(store, [])
          }}
        />
        {cards > 0 && (
          <p className="insp-hint">
            {cards === 1 ? 'Its card stays' : `Its ${cards} cards stay`} where they are, in no lane.
          </p>
        )}
      </div>
    </div>
  )
}

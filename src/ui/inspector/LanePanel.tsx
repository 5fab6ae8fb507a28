// The inspector for one lane: name, type, colour, height, collapsed, order and delete (its cards
// stay on the canvas, in no lane).

import { Rows3 } from 'lucide-react'
import { deleteLaneCommand, moveLaneCommand } from '../../commands/journey-commands'
import { updateRecord } from '../../commands/record-commands'
import { useRunCommand } from '../../commands/use-command'
import { LANE_COLORS, MIN_LANE_HEIGHT } from '../../domain/kinds/lane'
import type { Lane } from '../../domain/types'
import { LANE_TYPES, isLineLane, type LaneType } from '../../domain/vocabulary'
import { useEditor, useEditorStore } from '../../state/context'
import { setSelection } from '../../state/editor-store'
import { useT } from '../../state/locale'
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

export function LanePanel({ id }: { id: string }) {
  const store = useEditorStore()
  const run = useRunCommand()
  const lane = useEditor((s) => s.map.lanes.find((l) => l.id === id))
  const index = useEditor((s) => s.map.lanes.findIndex((l) => l.id === id))
  const count = useEditor((s) => s.map.lanes.length)
  const cards = useEditor(
    (s) => Object.values(s.map.touchpoints).filter((card) => card.laneId === id).length,
  )
  const t = useT()
  const m = t.inspector.lanePanel
  const order = t.inspector.order
  if (!lane) return null
  const edit = (patch: Partial<Lane>, mergeKey?: string) =>
    run(updateRecord, { kind: 'lane', id, patch, ...(mergeKey ? { mergeKey } : {}) })
  const line = isLineLane(lane.type)
  return (
    <div className="insp-panel">
      <PanelHeader icon={Rows3} title={line ? m.lineHeading : m.heading} />
      <PeersHere id={id} />
      <TextField
        label={t.inspector.name}
        value={lane.name}
        placeholder={m.namePlaceholder}
        onCommit={(name) => edit({ name }, `lane:${id}:name`)}
      />
      <Field label={t.inspector.type}>
        {(fieldId) => (
          <select
            id={fieldId}
            className="insp-input insp-select"
            value={lane.type}
            onChange={(event) => edit({ type: event.target.value as LaneType })}
          >
            {LANE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t.vocabulary.laneTypes[type]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Swatches
        label={t.inspector.colour}
        colors={LANE_COLORS}
        value={lane.color}
        onPick={(color) => edit({ color })}
      />
      {!line && (
        <>
          <Field label={m.height} hint={t.inspector.canvasPixels(MIN_LANE_HEIGHT)}>
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
            label={m.collapsed}
            checked={lane.collapsed}
            onChange={(collapsed) => edit({ collapsed })}
            hint={cards > 0 ? m.hiddenWhileCollapsed(cards) : undefined}
          />
        </>
      )}
      <OrderField
        index={index}
        count={count}
        directions={[
          { text: order.up, action: order.laneUp },
          { text: order.down, action: order.laneDown },
        ]}
        onMove={(to) => run(moveLaneCommand, { id, to })}
      />
      <div className="insp-actions">
        <DeleteButton
          label={line ? m.deleteLine : m.delete}
          onClick={() => {
            if (run(deleteLaneCommand, { id })) setSelection(store, [])
          }}
        />
        {cards > 0 && <p className="insp-hint">{m.cardsStay(cards)}</p>}
      </div>
    </div>
  )
}

// The inspector for one phase column: name, colour, width, order, and a delete that asks what
// happens to the cards in it.

import { useId, useState, type KeyboardEvent } from 'react'
import { ChevronLeft, ChevronRight, Columns3 } from 'lucide-react'
import {
  deletePhaseCommand,
  movePhaseCommand,
  resizePhaseCommand,
  updateRecord,
} from '../../commands/record-commands'
import { useRunCommand } from '../../commands/use-command'
import { MIN_PHASE_WIDTH, PHASE_COLORS } from '../../domain/defaults'
import type { DeletePhaseStrategy } from '../../domain/kinds/phase'
import type { JourneyMap } from '../../domain/types'
import { useEditor, useEditorStore } from '../../state/context'
import { setSelection } from '../../state/editor-store'
import { useT } from '../../state/locale'
import { DeleteButton, Field, OrderField, PanelHeader, Swatches, TextField } from './fields'
import { neighbourPhase, touchpointsInPhase } from './inspector-model'
import { MetricsSection } from './MetricsSection'
import { PeersHere } from './PeersHere'

export function PhasePanel({ id }: { id: string }) {
  const store = useEditorStore()
  const run = useRunCommand()
  const phase = useEditor((s) => s.map.phases.find((p) => p.id === id))
  const index = useEditor((s) => s.map.phases.findIndex((p) => p.id === id))
  const count = useEditor((s) => s.map.phases.length)
  const [confirming, setConfirming] = useState(false)
  const t = useT()
  const m = t.inspector.phasePanel
  const order = t.inspector.order
  if (!phase) return null
  const key = (field: string) => `phase:${id}:${field}`
  const move = (to: number) => run(movePhaseCommand, { id, to })

  return (
    <div className="insp-panel">
      <PanelHeader icon={Columns3} title={t.inspector.phase} />
      <PeersHere id={id} />
      <TextField
        label={t.inspector.name}
        value={phase.name}
        placeholder={m.namePlaceholder}
        onCommit={(name) =>
          run(updateRecord, { kind: 'phase', id, patch: { name }, mergeKey: key('name') })
        }
      />
      <Swatches
        label={t.inspector.colour}
        colors={PHASE_COLORS}
        value={phase.color}
        onPick={(color) => run(updateRecord, { kind: 'phase', id, patch: { color } })}
      />
      <WidthField
        value={phase.width}
        onCommit={(width) => run(resizePhaseCommand, { id, width, mergeKey: key('width') })}
      />
      <MetricsSection place={{ phaseId: id }} placeName={phase.name || t.inspector.untitledPhase} />
      <OrderField
        index={index}
        count={count}
        directions={[
          { text: order.left, action: order.phaseLeft },
          { text: order.right, action: order.phaseRight },
        ]}
        icons={[ChevronLeft, ChevronRight]}
        onMove={move}
      />
      <div className="insp-actions">
        {confirming ? (
          <DeletePhaseConfirm
            id={id}
            name={phase.name}
            onCancel={() => setConfirming(false)}
            onDeleted={() => setSelection(store, [])}
          />
        ) : (
          <DeleteButton label={m.delete} onClick={() => setConfirming(true)} />
        )}
      </div>
    </div>
  )
}

/** Width in canvas pixels: live while the typed number is valid, clamped when the field is left. */
function WidthField({ value, onCommit }: { value: number; onCommit: (width: number) => void }) {
  const [draft, setDraft] = useState<string | null>(null)
  const t = useT()
  const finish = () => {
    const width = Number(draft)
    if (draft !== null && draft.trim() !== '' && Number.isFinite(width) && width !== value) {
      onCommit(Math.round(width))
    }
    setDraft(null)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') finish()
    if (event.key === 'Escape') setDraft(null)
  }
  return (
    <Field label={t.inspector.phasePanel.width} hint={t.inspector.canvasPixels(MIN_PHASE_WIDTH)}>
      {(fieldId) => (
        <input
          id={fieldId}
          className="insp-input insp-input--number"
          type="number"
          inputMode="numeric"
          min={MIN_PHASE_WIDTH}
          step={10}
          value={draft ?? String(value)}
          onChange={(event) => {
            const text = event.target.value
            setDraft(text)
            const width = Number(text)
            // While typing "320", "3" and "32" would be clamped: only commit widths that are valid.
            if (text.trim() !== '' && Number.isFinite(width) && width >= MIN_PHASE_WIDTH) {
              onCommit(Math.round(width))
            }
          }}
          onBlur={finish}
          onKeyDown={onKeyDown}
        />
      )}
    </Field>
  )
}

type Choice = 'move' | 'delete'

interface ConfirmProps {
  id: string
  name: string
  onCancel: () => void
  onDeleted: () => void
}

function DeletePhaseConfirm({ id, name, onCancel, onDeleted }: ConfirmProps) {
  const run = useRunCommand()
  const t = useT()
  const m = t.inspector.phasePanel
  const cards = useEditor((s) => touchpointsInPhase(s.map, id))
  const neighbour = useEditor((s) => {
    const phase = neighbourPhase(s.map, id)
    return phase ? phase.name : null
  })
  const neighbourName = neighbour === null ? null : neighbour || t.inspector.untitledPhase
  const [choice, setChoice] = useState<Choice>('move')
  const titleId = useId()
  const group = useId()

  const confirm = () => {
    const strategyFor = (map: JourneyMap): DeletePhaseStrategy => {
      if (choice === 'delete') return { touchpoints: 'delete' }
      // Decided against the map as it is now: a colleague may have removed the neighbour.
      const neighbour = neighbourPhase(map, id)
      return neighbour
        ? { touchpoints: 'move', toPhaseId: neighbour.id }
        : { touchpoints: 'unassign' }
    }
    if (run(deletePhaseCommand, { id, strategy: strategyFor })) onDeleted()
  }

  const keepLabel = neighbourName ? m.moveToNeighbour : m.keepUnassigned

  return (
    <div
      className="insp-confirm"
      role="group"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          onCancel()
        }
      }}
    >
      <p className="insp-confirm__title" id={titleId}>
        {m.confirmTitle(name || t.inspector.untitledPhase)}
      </p>
      {cards > 0 ? (
        <fieldset className="insp-choices">
          <legend className="insp-hint">{m.holds(cards)}</legend>
          <label className="insp-choice">
            <input
              type="radio"
              name={group}
              checked={choice === 'move'}
              onChange={() => setChoice('move')}
            />
            <span>
              {keepLabel}
              {neighbourName && (
                <span className="insp-choice__detail">{m.toPhase(neighbourName)}</span>
              )}
            </span>
          </label>
          <label className="insp-choice">
            <input
              type="radio"
              name={group}
              checked={choice === 'delete'}
              onChange={() => setChoice('delete')}
            />
            <span>{m.deleteCards}</span>
          </label>
        </fieldset>
      ) : (
        <p className="insp-hint">{m.holdsNone}</p>
      )}
      <div className="insp-row">
        <button
          type="button"
          className="insp-button insp-button--danger-solid"
          // The step is new content in place of the button just pressed: keep focus in it.
          autoFocus
          onClick={confirm}
        >
          {m.delete}
        </button>
        <button type="button" className="insp-button" onClick={onCancel}>
          {t.common.cancel}
        </button>
      </div>
    </div>
  )
}

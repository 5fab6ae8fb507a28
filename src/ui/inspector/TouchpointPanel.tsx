// The inspector for one touchpoint. It selects only this record and the phase list, so editing
// another card (or a colleague moving their cursor) does not re-render it.

import { useId } from 'react'
import { Lightbulb, SquareStack, TriangleAlert } from 'lucide-react'
import { CHANNEL_ICONS, EMOTION_STYLES } from '../../canvas/channel-icons'
import { commands } from '../../commands'
import {
  setTouchpointChannelCommand,
  setTouchpointPhaseCommand,
  updateRecord,
} from '../../commands/record-commands'
import { useRunCommand } from '../../commands/use-command'
import type { Messages } from '../../domain/i18n'
import { getOwn } from '../../domain/records'
import type { Touchpoint } from '../../domain/types'
import {
  CHANNELS,
  EMOTIONS,
  TOUCHPOINT_KINDS,
  isChannel,
  type Emotion,
  type TouchpointKind,
} from '../../domain/vocabulary'
import { useEditor, useEditorStore } from '../../state/context'
import { useT } from '../../state/locale'
import { DeleteButton, Field, PanelHeader, Segmented, TextField, type Choice } from './fields'
import { ListEditor, type ListUpdate } from './ListEditor'
import { CardPersonas } from './CardPersonas'
import { EvidenceFields } from './EvidenceFields'
import { LaneSelect } from './LaneSelect'
import { MetricsSection } from './MetricsSection'
import { PeersHere } from './PeersHere'
import { recordListUpdater } from './record-list'
import { TagEditor } from './TagEditor'

function kindChoices(messages: Messages): readonly Choice<TouchpointKind>[] {
  return TOUCHPOINT_KINDS.map((kind) => ({
    value: kind,
    label: messages.vocabulary.touchpointKinds[kind],
  }))
}

function emotionChoices(messages: Messages): readonly Choice<Emotion>[] {
  return EMOTIONS.map((emotion) => {
    const style = EMOTION_STYLES[emotion]
    return {
      value: emotion,
      label: messages.vocabulary.emotions[emotion],
      icon: style.icon,
      color: style.color,
      tint: style.tint,
    }
  })
}

const UNASSIGNED = ''

type ListField = 'painPoints' | 'opportunities' | 'tags'
type Run = ReturnType<typeof useRunCommand>

function edit(run: Run, id: string, patch: Partial<Touchpoint>, mergeKey?: string) {
  run(updateRecord, { kind: 'touchpoint', id, patch, ...(mergeKey ? { mergeKey } : {}) })
}

const listUpdater = (run: Run, id: string, field: ListField): ListUpdate =>
  recordListUpdater(run, 'touchpoint', id, field)

export function TouchpointPanel({ id }: { id: string }) {
  const store = useEditorStore()
  const run = useRunCommand()
  const touchpoint = useEditor((s) => getOwn(s.map.touchpoints, id))
  const phases = useEditor((s) => s.map.phases)
  const channelId = useId()
  const t = useT()
  const m = t.inspector.touchpoint
  if (!touchpoint) return null
  const key = (field: string) => `touchpoint:${id}:${field}`
  const ChannelIcon = CHANNEL_ICONS[touchpoint.channel] ?? CHANNEL_ICONS.other

  const setPhase = (value: string) =>
    run(setTouchpointPhaseCommand, { id, phaseId: value === UNASSIGNED ? null : value })

  const setChannel = (value: string) => {
    if (isChannel(value)) run(setTouchpointChannelCommand, { id, channel: value })
  }

  const phaseKnown = touchpoint.phaseId !== null && phases.some((p) => p.id === touchpoint.phaseId)

  return (
    <div className="insp-panel">
      <PanelHeader icon={SquareStack} title={m.heading} />
      <PeersHere id={id} />
      <TextField
        label={t.inspector.title}
        value={touchpoint.title}
        placeholder={m.titlePlaceholder}
        onCommit={(title) => edit(run, id, { title }, key('title'))}
      />
      <TextField
        label={t.inspector.description}
        multiline
        value={touchpoint.description}
        placeholder={m.descriptionPlaceholder}
        onCommit={(description) => edit(run, id, { description }, key('description'))}
      />
      <Field label={t.inspector.phase}>
        {(fieldId) => (
          <select
            id={fieldId}
            className="insp-input insp-select"
            value={phaseKnown ? (touchpoint.phaseId ?? UNASSIGNED) : UNASSIGNED}
            onChange={(event) => setPhase(event.target.value)}
          >
            {phases.map((phase) => (
              <option key={phase.id} value={phase.id}>
                {phase.name || t.inspector.untitledPhase}
              </option>
            ))}
            <option value={UNASSIGNED}>{m.unassigned}</option>
          </select>
        )}
      </Field>
      <LaneSelect card={touchpoint} />
      <div className="insp-field">
        <label className="insp-label" htmlFor={channelId}>
          {m.channel}
        </label>
        <div className="insp-with-icon">
          <ChannelIcon className="insp-with-icon__icon" size={18} aria-hidden />
          <select
            id={channelId}
            className="insp-input insp-select"
            value={touchpoint.channel}
            onChange={(event) => setChannel(event.target.value)}
          >
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {t.vocabulary.channels[channel]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Segmented
        label={t.inspector.kind}
        choices={kindChoices(t)}
        value={touchpoint.kind}
        onChange={(kind) => edit(run, id, { kind })}
      />
      <Segmented
        label={m.emotion}
        iconsOnly
        choices={emotionChoices(t)}
        value={touchpoint.emotion}
        onChange={(emotion) => edit(run, id, { emotion })}
      />
      <p className="insp-hint insp-hint--tight">
        {m.customerFeels}{' '}
        <strong>{t.vocabulary.emotions[touchpoint.emotion] ?? t.vocabulary.emotions[0]}</strong>
      </p>
      <CardPersonas card={touchpoint} />
      <ListEditor
        words={t.inspector.lists.painPoints}
        icon={TriangleAlert}
        items={touchpoint.painPoints}
        update={listUpdater(run, id, 'painPoints')}
        mergeKeyPrefix={key('painPoints')}
      />
      <ListEditor
        words={t.inspector.lists.opportunities}
        icon={Lightbulb}
        items={touchpoint.opportunities}
        update={listUpdater(run, id, 'opportunities')}
        mergeKeyPrefix={key('opportunities')}
      />
      <EvidenceFields
        kind="touchpoint"
        id={id}
        evidence={touchpoint.evidence}
        source={touchpoint.evidenceSource}
      />
      <MetricsSection
        place={{ touchpointId: id }}
        placeName={touchpoint.title || t.inspector.untitledTouchpoint}
      />
      <TextField
        label={m.owner}
        value={touchpoint.owner}
        placeholder={m.ownerPlaceholder}
        onCommit={(owner) => edit(run, id, { owner }, key('owner'))}
      />
      <TagEditor tags={touchpoint.tags} update={listUpdater(run, id, 'tags')} />
      <div className="insp-actions">
        <DeleteButton
          label={m.delete}
          onClick={() => commands.run('delete', { store, viewport: null })}
        />
      </div>
    </div>
  )
}

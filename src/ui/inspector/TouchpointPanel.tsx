// The inspector for one touchpoint. It selects only this record, so editing another card (or a
// colleague moving their cursor) does not re-render it. Its sections are
// memoised and get stable callbacks, so a keystroke in one field re-renders that field (and what
// shows the title), not every field, select and icon of the panel.

import { memo, useCallback, useId, useMemo } from 'react'
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
import {
  DeleteButton,
  PanelHeader,
  RecordSelect,
  Segmented,
  TextField,
  type Choice,
} from './fields'
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

type ListField = 'painPoints' | 'opportunities' | 'tags'
type Run = ReturnType<typeof useRunCommand>

function edit(run: Run, id: string, patch: Partial<Touchpoint>, mergeKey?: string) {
  run(updateRecord, { kind: 'touchpoint', id, patch, ...(mergeKey ? { mergeKey } : {}) })
}

/** Consecutive edits of one field of one card fold into one undo step. */
const mergeKeyOf = (id: string, field: string) => `touchpoint:${id}:${field}`

const listUpdater = (run: Run, id: string, field: ListField): ListUpdate =>
  recordListUpdater(run, 'touchpoint', id, field)

export function TouchpointPanel({ id }: { id: string }) {
  const store = useEditorStore()
  const run = useRunCommand()
  const touchpoint = useEditor((s) => getOwn(s.map.touchpoints, id))
  const t = useT()
  const m = t.inspector.touchpoint
  const field = useCallback(
    <K extends keyof Touchpoint>(name: K, mergeKey = true) =>
      (value: Touchpoint[K]) =>
        edit(run, id, { [name]: value }, mergeKey ? mergeKeyOf(id, name) : undefined),
    [run, id],
  )
  const commit = useMemo(
    () => ({
      title: field('title'),
      description: field('description'),
      owner: field('owner'),
      kind: field('kind', false),
      emotion: field('emotion', false),
    }),
    [field],
  )
  const lists = useMemo(
    () => ({
      painPoints: listUpdater(run, id, 'painPoints'),
      opportunities: listUpdater(run, id, 'opportunities'),
      tags: listUpdater(run, id, 'tags'),
    }),
    [run, id],
  )
  const kinds = useMemo(() => kindChoices(t), [t])
  const emotions = useMemo(() => emotionChoices(t), [t])
  const place = useMemo(() => ({ touchpointId: id }), [id])
  const remove = useCallback(() => commands.run('delete', { store, viewport: null }), [store])
  if (!touchpoint) return null

  return (
    <div className="insp-panel">
      <PanelHeader icon={SquareStack} title={m.heading} />
      <PeersHere id={id} />
      <TextField
        label={t.inspector.title}
        value={touchpoint.title}
        placeholder={m.titlePlaceholder}
        onCommit={commit.title}
      />
      <TextField
        label={t.inspector.description}
        multiline
        value={touchpoint.description}
        placeholder={m.descriptionPlaceholder}
        onCommit={commit.description}
      />
      <PhaseSelect id={id} phaseId={touchpoint.phaseId} />
      <LaneSelect card={touchpoint} />
      <ChannelSelect id={id} channel={touchpoint.channel} />
      <Segmented
        label={t.inspector.kind}
        choices={kinds}
        value={touchpoint.kind}
        onChange={commit.kind}
      />
      <Segmented
        label={m.emotion}
        iconsOnly
        choices={emotions}
        value={touchpoint.emotion}
        onChange={commit.emotion}
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
        update={lists.painPoints}
        mergeKeyPrefix={mergeKeyOf(id, 'painPoints')}
      />
      <ListEditor
        words={t.inspector.lists.opportunities}
        icon={Lightbulb}
        items={touchpoint.opportunities}
        update={lists.opportunities}
        mergeKeyPrefix={mergeKeyOf(id, 'opportunities')}
      />
      <EvidenceFields
        kind="touchpoint"
        id={id}
        evidence={touchpoint.evidence}
        source={touchpoint.evidenceSource}
      />
      <MetricsSection
        place={place}
        placeName={touchpoint.title || t.inspector.untitledTouchpoint}
      />
      <TextField
        label={m.owner}
        value={touchpoint.owner}
        placeholder={m.ownerPlaceholder}
        onCommit={commit.owner}
      />
      <TagEditor tags={touchpoint.tags} update={lists.tags} />
      <div className="insp-actions">
        <DeleteButton label={m.delete} onClick={remove} />
      </div>
    </div>
  )
}

/** The card's phase (column); re-renders when the phases or this card's phase change. */
const PhaseSelect = memo(function PhaseSelect({
  id,
  phaseId,
}: {
  id: string
  phaseId: string | null
}) {
  const run = useRunCommand()
  const phases = useEditor((s) => s.map.phases)
  const t = useT()
  return (
    <RecordSelect
      label={t.inspector.phase}
      value={phaseId}
      records={phases}
      untitled={t.inspector.untitledPhase}
      none={t.inspector.touchpoint.unassigned}
      onPick={(picked) => run(setTouchpointPhaseCommand, { id, phaseId: picked })}
    />
  )
})

/** The card's channel, with its icon. */
const ChannelSelect = memo(function ChannelSelect({
  id,
  channel,
}: {
  id: string
  channel: Touchpoint['channel']
}) {
  const run = useRunCommand()
  const channelId = useId()
  const t = useT()
  const ChannelIcon = CHANNEL_ICONS[channel] ?? CHANNEL_ICONS.other
  return (
    <div className="insp-field">
      <label className="insp-label" htmlFor={channelId}>
        {t.inspector.touchpoint.channel}
      </label>
      <div className="insp-with-icon">
        <ChannelIcon className="insp-with-icon__icon" size={18} aria-hidden />
        <select
          id={channelId}
          className="insp-input insp-select"
          value={channel}
          onChange={(event) => {
            const value = event.target.value
            if (isChannel(value)) run(setTouchpointChannelCommand, { id, channel: value })
          }}
        >
          {CHANNELS.map((option) => (
            <option key={option} value={option}>
              {t.vocabulary.channels[option]}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
})

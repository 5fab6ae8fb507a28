import { Handle, Position, type NodeProps } from '@xyflow/react'
import { memoNode } from './memo-node'
import { updateRecord } from '../../commands/record-commands'
import { useRunCommand } from '../../commands/use-command'
import { EMOTION_STYLES } from '../channel-icons'
import { badgeIconClass, channelIconClass, faceClass } from '../card-images'
import { IconImage } from './IconImage'
import type { TouchpointFlowNode } from '../flow-types'
import { countRender } from '../render-count'
import { RepairedMark } from './RepairedMark'
import { EvidenceBadge } from './EvidenceBadge'
import { InlineText } from './InlineText'
import { useT } from '../../state/locale'
import { touchpointsOf, useMapRecord } from '../../state/record-feed'
import { cardLabelId } from './card-label'

/**
 * A touchpoint card, drawn at exactly CARD_SIZE so layout code never has to measure it. The title
 * edits in place on double-click, like phase names.
 */
function TouchpointNodeView({ id, data, selected }: NodeProps<TouchpointFlowNode>) {
  const t = useT()
  countRender('touchpoint', id)
  const run = useRunCommand()
  // From the store, not the node: an edit of the card's text leaves React Flow's nodes alone.
  const touchpoint = useMapRecord(touchpointsOf, id)
  // Deleted: React Flow drops the node in its next update.
  if (!touchpoint) return null
  const { peerColor, peerName, metrics } = data
  const emotion = EMOTION_STYLES[touchpoint.emotion] ?? EMOTION_STYLES[0]
  const { channels, emotions, metricStatus } = t.vocabulary
  const emotionName = emotions[touchpoint.emotion] ?? emotions[0]
  return (
    <div
      className={`card${selected ? ' card--selected' : ''}`}
      style={{
        ['--card-band-color' as string]: emotion.color,
        ...(peerColor ? { outlineColor: peerColor } : {}),
      }}
      data-peer={peerColor ? 'true' : undefined}
      data-testid="touchpoint-card"
    >
      <span id={cardLabelId(id)} hidden>
        {t.canvas.touchpointNode(touchpoint.title)}
      </span>
      <Handle
        type="target"
        position={Position.Left}
        className="handle"
        title={t.canvas.dropConnection}
      />
      <div className="card__head">
        <span className="card__channel" title={channels[touchpoint.channel]}>
          <IconImage icon={channelIconClass(touchpoint.channel)} />
          {channels[touchpoint.channel]}
        </span>
        <RepairedMark record={touchpoint} />
        <span
          className={`card__emotion ${faceClass(touchpoint.emotion)}`}
          title={t.canvas.emotion(emotionName)}
          role="img"
          aria-label={t.canvas.emotion(emotionName)}
        />
      </div>
      <InlineText
        value={touchpoint.title}
        label={t.canvas.touchpointTitle}
        placeholder={t.canvas.untitledTouchpoint}
        className="card__title"
        onCommit={(title) => run(updateRecord, { kind: 'touchpoint', id, patch: { title } })}
      />
      <div className="card__foot">
        {touchpoint.painPoints.length > 0 && (
          <span
            className="badge badge--pain"
            title={t.canvas.painPointsTip(touchpoint.painPoints.join('\n'))}
            role="img"
            aria-label={t.canvas.painPointsCount(touchpoint.painPoints.length)}
          >
            <IconImage icon={badgeIconClass('pain')} small />
            {touchpoint.painPoints.length}
          </span>
        )}
        {touchpoint.opportunities.length > 0 && (
          <span
            className="badge badge--opportunity"
            title={t.canvas.opportunitiesTip(touchpoint.opportunities.join('\n'))}
            role="img"
            aria-label={t.canvas.opportunitiesCount(touchpoint.opportunities.length)}
          >
            <IconImage icon={badgeIconClass('opportunity')} small />
            {touchpoint.opportunities.length}
          </span>
        )}
        <EvidenceBadge evidence={touchpoint.evidence} source={touchpoint.evidenceSource} />
        {metrics && (
          <span
            className="badge badge--metric"
            data-status={metrics.status}
            title={t.canvas.metricsTip(metrics.count, metricStatus[metrics.status].toLowerCase())}
            role="img"
            aria-label={t.canvas.metricsCount(
              metrics.count,
              metricStatus[metrics.status].toLowerCase(),
            )}
          >
            <IconImage icon={badgeIconClass('metric')} small />
            {metrics.count}
          </span>
        )}
        <span className={`badge badge--kind badge--${touchpoint.kind}`}>
          {t.vocabulary.touchpointKinds[touchpoint.kind]}
        </span>
      </div>
      {peerName && (
        <span className="peer-tag" style={{ background: peerColor }}>
          {peerName}
        </span>
      )}
      <Handle
        type="source"
        position={Position.Right}
        className="handle"
        title={t.canvas.dragToConnect}
      />
    </div>
  )
}

export const TouchpointNode = memoNode(TouchpointNodeView)

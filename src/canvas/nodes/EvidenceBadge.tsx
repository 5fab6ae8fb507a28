import { memo } from 'react'
import type { EvidenceStatus } from '../../domain/vocabulary'
import { useT } from '../../state/locale'
import { evidenceIconClass } from '../card-images'
import { IconImage } from './IconImage'

/** How sure the team is of a card: a small icon badge; its source in the tooltip. */
export const EvidenceBadge = memo(function EvidenceBadge({
  evidence,
  source,
}: {
  evidence: EvidenceStatus
  source: string
}) {
  const t = useT()
  const names = t.vocabulary.evidence
  const name = names[evidence] ?? names.assumed
  const label = source ? t.canvas.evidenceWithSource(name, source) : name
  return (
    <span
      className={`badge badge--evidence badge--${evidence}`}
      title={t.canvas.evidence(label)}
      role="img"
      aria-label={t.canvas.evidence(label)}
    >
      <IconImage icon={evidenceIconClass(evidence)} small />
    </span>
  )
})

import { CircleHelp, Eye, ShieldCheck } from 'lucide-react'
import type { EvidenceStatus } from '../../domain/vocabulary'
import { useT } from '../../state/locale'

const ICONS = { assumed: CircleHelp, observed: Eye, validated: ShieldCheck } as const

/** How sure the team is of a card: a small icon badge; its source in the tooltip. */
export function EvidenceBadge({ evidence, source }: { evidence: EvidenceStatus; source: string }) {
  const t = useT()
  const Icon = ICONS[evidence] ?? CircleHelp
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
      <Icon size={13} aria-hidden />
    </span>
  )
}

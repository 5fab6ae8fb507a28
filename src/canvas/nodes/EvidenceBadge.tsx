import { CircleHelp, Eye, ShieldCheck } from 'lucide-react'
import type { EvidenceStatus } from '../../domain/vocabulary'
import { useT } from '../../state/locale'

const ICONS = { assumed: CircleHelp, observed: Eye, validated: ShieldCheck } as const

/** How sure the team is of a card: a small icon badge; its source in the tooltip. */
export function EvidenceBadge({ evidence, source }: { evidence: EvidenceStatus; source: string }) {
  const Icon = ICONS[evidence] ?? CircleHelp
  const names = useT().vocabulary.evidence
  const label = `${names[evidence] ?? names.assumed}${source ? ` (${source})` : ''}`
  return (
    <span
      className={`badge badge--evidence badge--${evidence}`}
      title={`Evidence: ${label}`}
      role="img"
      aria-label={`Evidence: ${label}`}
    >
      <Icon size={13} aria-hidden />
    </span>
  )
}

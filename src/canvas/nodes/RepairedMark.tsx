import { Wrench } from 'lucide-react'
import { repairsOf } from '../../domain/kinds/restore'

/**
 * A small mark on a record whose stored value broke its kind's rules (a peer wrote a title that
 * is not text, say): the default is shown instead, and this says so rather than hiding it.
 */
export function RepairedMark({ record }: { record: object }) {
  const fields = repairsOf(record)
  if (!fields) return null
  const text = `Repaired: ${fields.join(', ')} could not be read and ${fields.length === 1 ? 'shows its default' : 'show their defaults'}. Editing saves a good value.`
  return (
    <span
      className="repaired-mark"
      title={text}
      role="img"
      aria-label={text}
      data-testid="repaired-mark"
    >
      <Wrench size={12} aria-hidden />
    </span>
  )
}

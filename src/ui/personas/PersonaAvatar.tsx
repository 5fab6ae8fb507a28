import { personaBadge } from '../../domain/kinds/persona'
import type { Persona } from '../../domain/types'

/** A round badge in the persona's colour with their emoji or initials. */
export function PersonaAvatar({ persona, size = 28 }: { persona: Persona; size?: number }) {
  return (
    <span
      className="persona-avatar"
      style={{
        width: size,
        height: size,
        fontSize: Math.round(size * 0.45),
        ['--persona-color' as string]: persona.color,
      }}
      aria-hidden
    >
      {personaBadge(persona)}
    </span>
  )
}

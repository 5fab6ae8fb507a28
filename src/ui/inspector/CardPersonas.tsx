// A card's personas: which of them it applies to, and how each feels there today (as-is) and
// should feel (to-be). A persona without their own emotion feels the card's emotion.

import { memo } from 'react'
import { Users } from 'lucide-react'
import { setCardPersonaCommand, setPersonaEmotionCommand } from '../../commands/journey-commands'
import { useRunCommand } from '../../commands/use-command'
import { appliesTo, feltAt } from '../../domain/kinds/persona'
import type { Touchpoint } from '../../domain/types'
import { useEditor } from '../../state/context'
import { useT } from '../../state/locale'
import { PersonaAvatar } from '../personas/PersonaAvatar'
import { EmotionPicker } from './EmotionPicker'

/** What of the card this section reads; it re-renders only when one of them changes. */
type PersonaFields = Pick<Touchpoint, 'id' | 'emotion' | 'personaIds' | 'personaEmotions'>

function CardPersonasView({ card }: { card: PersonaFields }) {
  const run = useRunCommand()
  const personas = useEditor((s) => s.map.personas)
  const t = useT()
  const m = t.inspector.cardPersonas
  if (personas.length === 0) return null
  return (
    <section className="insp-field insp-personas" aria-labelledby={`personas-${card.id}`}>
      <h3 className="insp-label insp-label--section" id={`personas-${card.id}`}>
        <Users size={15} aria-hidden /> {m.heading}
      </h3>
      {personas.map((persona) => {
        const applies = appliesTo(card, persona.id)
        const own = card.personaEmotions.find((entry) => entry.personaId === persona.id)
        const felt = feltAt(card, persona.id)
        const name = persona.name || t.personas.unnamed
        return (
          <div className="insp-persona" key={persona.id} data-persona={persona.id}>
            <label className="insp-check">
              <input
                type="checkbox"
                checked={applies}
                onChange={(event) =>
                  run(setCardPersonaCommand, {
                    id: card.id,
                    personaId: persona.id,
                    applies: event.target.checked,
                  })
                }
              />
              <PersonaAvatar persona={persona} size={22} />
              <span>{name}</span>
            </label>
            {applies && (
              <div className="insp-persona__feel">
                <span
                  className="insp-hint"
                  title={own?.emotion === undefined ? m.inherited : undefined}
                >
                  {m.today}
                </span>
                <EmotionPicker
                  label={m.todayOf(name)}
                  value={felt.emotion}
                  inherited={own?.emotion === undefined}
                  clearable={own?.emotion !== undefined}
                  onChange={(value) =>
                    run(setPersonaEmotionCommand, {
                      id: card.id,
                      personaId: persona.id,
                      field: 'emotion',
                      value,
                    })
                  }
                />
                <span className="insp-hint">{m.target}</span>
                <EmotionPicker
                  label={m.targetOf(name)}
                  value={felt.target ?? null}
                  clearable
                  onChange={(value) =>
                    run(setPersonaEmotionCommand, {
                      id: card.id,
                      personaId: persona.id,
                      field: 'target',
                      value,
                    })
                  }
                />
              </div>
            )}
          </div>
        )
      })}
    </section>
  )
}

/** Typing the card's title (or any field this section does not read) skips it. */
export const CardPersonas = memo(
  CardPersonasView,
  (a, b) =>
    a.card.id === b.card.id &&
    a.card.emotion === b.card.emotion &&
    a.card.personaIds === b.card.personaIds &&
    a.card.personaEmotions === b.card.personaEmotions,
)

// "Personas ▾": every persona of the map with a show/hide switch for the curve, a filter that
// dims the cards not in a persona's journey (this browser only), and "Add persona". Clicking a
// persona opens it in the inspector.

import { Eye, EyeOff, Filter, Plus, Users } from 'lucide-react'
import { addPersonaCommand } from '../../commands/journey-commands'
import { updateRecord } from '../../commands/record-commands'
import { useRunCommand } from '../../commands/use-command'
import { useEditor, useEditorStore } from '../../state/context'
import { setPersonaFilter, setSelection } from '../../state/editor-store'
import { useT } from '../../state/locale'
import { canEdit } from '../../state/selectors'
import { Dropdown } from '../toolbar/Dropdown'
import { PersonaAvatar } from './PersonaAvatar'

export function PersonasMenu() {
  const run = useRunCommand()
  const store = useEditorStore()
  const personas = useEditor((s) => s.map.personas)
  const filter = useEditor((s) => s.personaFilter)
  const editable = useEditor(canEdit)
  const m = useT().personas
  const text = personas.length > 0 ? m.menuWithCount(personas.length) : m.menu
  return (
    <Dropdown icon={Users} text={text} label={m.menu}>
      {(close) => (
        <div className="menu menu--wide" role="group" aria-label={m.ofThisMap}>
          {personas.length === 0 && <p className="menu__empty">{m.empty}</p>}
          {personas.map((persona) => {
            const name = persona.name || m.unnamed
            const filtered = filter === persona.id
            return (
              <div className="persona-row" key={persona.id}>
                <button
                  type="button"
                  className="persona-row__main"
                  onClick={() => {
                    setSelection(store, [persona.id])
                    close()
                  }}
                >
                  <PersonaAvatar persona={persona} size={30} />
                  <span className="persona-row__text">
                    <strong>{name}</strong>
                    {persona.role && <span>{persona.role}</span>}
                  </span>
                </button>
                <button
                  type="button"
                  className="persona-row__icon"
                  aria-pressed={filtered}
                  aria-label={m.showOnly(name)}
                  title={filtered ? m.showAll : m.showOnly(name)}
                  onClick={() => setPersonaFilter(store, filtered ? null : persona.id)}
                >
                  <Filter size={16} aria-hidden />
                </button>
                <button
                  type="button"
                  className="persona-row__icon"
                  aria-pressed={persona.visible}
                  aria-label={m.onCurve(name)}
                  title={persona.visible ? m.hideFromCurve : m.showOnCurve}
                  disabled={!editable}
                  onClick={() =>
                    run(updateRecord, {
                      kind: 'persona',
                      id: persona.id,
                      patch: { visible: !persona.visible },
                    })
                  }
                >
                  {persona.visible ? (
                    <Eye size={16} aria-hidden />
                  ) : (
                    <EyeOff size={16} aria-hidden />
                  )}
                </button>
              </div>
            )
          })}
          <button
            type="button"
            className="menu__item menu__item--add"
            disabled={!editable}
            onClick={() => {
              run(addPersonaCommand, undefined)
              close()
            }}
          >
            <Plus size={16} aria-hidden /> {m.add}
          </button>
        </div>
      )}
    </Dropdown>
  )
}

// The inspector for one persona: who they are (name, role, avatar, colour, description, quote),
// what they want and what gets in their way, whether their curve is shown, order and delete.

import { Frown, Target, UserRound } from 'lucide-react'
import { deletePersonaCommand, movePersonaCommand } from '../../commands/journey-commands'
import { updateRecord } from '../../commands/record-commands'
import { useRunCommand } from '../../commands/use-command'
import { PERSONA_COLORS } from '../../domain/kinds/persona'
import type { Persona } from '../../domain/types'
import { useEditor, useEditorStore } from '../../state/context'
import { setSelection } from '../../state/editor-store'
import { PersonaAvatar } from '../personas/PersonaAvatar'
import { CheckField, DeleteButton, OrderField, PanelHeader, Swatches, TextField } from './fields'
import { ListEditor } from './ListEditor'
import { PeersHere } from './PeersHere'
import { recordListUpdater } from './record-list'

export function PersonaPanel({ id }: { id: string }) {
  const store = useEditorStore()
  const run = useRunCommand()
  const persona = useEditor((s) => s.map.personas.find((p) => p.id === id))
  const index = useEditor((s) => s.map.personas.findIndex((p) => p.id === id))
  const count = useEditor((s) => s.map.personas.length)
  if (!persona) return null
  const key = (field: string) => `persona:${id}:${field}`
  const edit = (patch: Partial<Persona>, mergeKey?: string) =>
    run(updateRecord, { kind: 'persona', id, patch, ...(mergeKey ? { mergeKey } : {}) })
  return (
    <div className="insp-panel">
      <PanelHeader icon={UserRound} title="Persona" />
      <PeersHere id={id} />
      <div className="insp-persona-head">
        <PersonaAvatar persona={persona} size={44} />
        <div>
          <strong>{persona.name || 'Unnamed persona'}</strong>
          {persona.role && <span className="insp-hint">{persona.role}</span>}
        </div>
      </div>
      <TextField
        label="Name"
        value={persona.name}
        placeholder="e.g. First-time buyer"
        onCommit={(name) => edit({ name }, key('name'))}
      />
      <TextField
        label="Role or segment"
        value={persona.role}
        placeholder="e.g. Student, 22, price-sensitive"
        onCommit={(role) => edit({ role }, key('role'))}
      />
      <TextField
        label="Avatar (emoji or initials)"
        value={persona.avatar}
        maxLength={8}
        placeholder="e.g. 🧑‍🎓 or AB"
        onCommit={(avatar) => edit({ avatar }, key('avatar'))}
      />
      <Swatches
        label="Colour"
        colors={PERSONA_COLORS}
        value={persona.color}
        onPick={(color) => edit({ color })}
      />
      <CheckField
        label="Show on the emotion curve"
        checked={persona.visible}
        onChange={(visible) => edit({ visible })}
      />
      <TextField
        label="Description"
        multiline
        value={persona.description}
        placeholder="Who they are, in a sentence or two"
        onCommit={(description) => edit({ description }, key('description'))}
      />
      <ListEditor
        title="Goals"
        itemLabel="Goal"
        icon={Target}
        items={persona.goals}
        update={recordListUpdater(run, 'persona', id, 'goals')}
        mergeKeyPrefix={key('goals')}
      />
      <ListEditor
        title="Frustrations"
        itemLabel="Frustration"
        icon={Frown}
        items={persona.frustrations}
        update={recordListUpdater(run, 'persona', id, 'frustrations')}
        mergeKeyPrefix={key('frustrations')}
      />
      <TextField
        label="Quote"
        multiline
        value={persona.quote}
        placeholder="Something they would say"
        onCommit={(quote) => edit({ quote }, key('quote'))}
      />
      <OrderField
        noun="persona"
        index={index}
        count={count}
        directions={['Up', 'Down']}
        onMove={(to) => run(movePersonaCommand, { id, to })}
      />
      <div className="insp-actions">
        <DeleteButton
          label="Delete persona"
          onClick={() => {
            if (run(deletePersonaCommand, { id })) setSelection(store, [])
          }}
        />
      </div>
    </div>
  )
}

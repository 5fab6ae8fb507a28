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
import { useT } from '../../state/locale'
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
  const t = useT()
  const m = t.inspector.persona
  const order = t.inspector.order
  if (!persona) return null
  const key = (field: string) => `persona:${id}:${field}`
  const edit = (patch: Partial<Persona>, mergeKey?: string) =>
    run(updateRecord, { kind: 'persona', id, patch, ...(mergeKey ? { mergeKey } : {}) })
  return (
    <div className="insp-panel">
      <PanelHeader icon={UserRound} title={m.heading} />
      <PeersHere id={id} />
      <div className="insp-persona-head">
        <PersonaAvatar persona={persona} size={44} />
        <div>
          <strong>{persona.name || t.personas.unnamed}</strong>
          {persona.role && <span className="insp-hint">{persona.role}</span>}
        </div>
      </div>
      <TextField
        label={t.inspector.name}
        value={persona.name}
        placeholder={m.namePlaceholder}
        onCommit={(name) => edit({ name }, key('name'))}
      />
      <TextField
        label={m.role}
        value={persona.role}
        placeholder={m.rolePlaceholder}
        onCommit={(role) => edit({ role }, key('role'))}
      />
      <TextField
        label={m.avatar}
        value={persona.avatar}
        maxLength={8}
        placeholder={m.avatarPlaceholder}
        onCommit={(avatar) => edit({ avatar }, key('avatar'))}
      />
      <Swatches
        label={t.inspector.colour}
        colors={PERSONA_COLORS}
        value={persona.color}
        onPick={(color) => edit({ color })}
      />
      <CheckField
        label={m.showOnCurve}
        checked={persona.visible}
        onChange={(visible) => edit({ visible })}
      />
      <TextField
        label={t.inspector.description}
        multiline
        value={persona.description}
        placeholder={m.descriptionPlaceholder}
        onCommit={(description) => edit({ description }, key('description'))}
      />
      <ListEditor
        words={t.inspector.lists.goals}
        icon={Target}
        items={persona.goals}
        update={recordListUpdater(run, 'persona', id, 'goals')}
        mergeKeyPrefix={key('goals')}
      />
      <ListEditor
        words={t.inspector.lists.frustrations}
        icon={Frown}
        items={persona.frustrations}
        update={recordListUpdater(run, 'persona', id, 'frustrations')}
        mergeKeyPrefix={key('frustrations')}
      />
      <TextField
        label={m.quote}
        multiline
        value={persona.quote}
        placeholder={m.quotePlaceholder}
        onCommit={(quote) => edit({ quote }, key('quote'))}
      />
      <OrderField
        index={index}
        count={count}
        directions={[
          { text: order.up, action: order.personaUp },
          { text: order.down, action: order.personaDown },
        ]}
        onMove={(to) => run(movePersonaCommand, { id, to })}
      />
      <div className="insp-actions">
        <DeleteButton
          label={m.delete}
          onClick={() => {
            if (run(deletePersonaCommand, { id })) setSelection(store, [])
          }}
        />
      </div>
    </div>
  )
}

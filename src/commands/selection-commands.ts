// Commands on the current selection: delete, duplicate, copy/cut/paste, nudge, connect.

import { newId } from '../domain/ids'
import {
  connect,
  deletePhase,
  deleteRecords,
  duplicateRecords,
  movePhase,
  nudge,
} from '../domain/operations'
import { createEdge } from '../domain/defaults'
import { CARD_SIZE } from '../domain/card'
import { inReadingOrder } from '../domain/geometry'
import type { JourneyMap } from '../domain/types'
import { notify, setSelection } from '../state/editor-store'
import { selectedIds } from '../state/selectors'
import { copyRecords, hasClipboard, pasteRecords } from './clipboard'
import { runEdit } from './edit'
import type { Command, CommandContext } from './types'
import { currentMessages } from '../state/locale'

const hasSelection = ({ store }: CommandContext) => store.getState().selection.size > 0
const hasMovable = ({ store }: CommandContext) => {
  const ids = selectedIds(store.getState())
  return ids.touchpoints.length + ids.notes.length > 0
}

/** Deleting a phase keeps its cards: they move to the neighbouring phase (or are unassigned). */
function deleteSelection(map: JourneyMap, selection: ReadonlySet<string>): JourneyMap {
  const ids = selectedIds({ map, selection })
  let next = deleteRecords(map, {
    touchpoints: ids.touchpoints,
    notes: ids.notes,
    edges: ids.edges,
  })
  for (const phaseId of ids.phases) {
    const index = next.phases.findIndex((phase) => phase.id === phaseId)
    const neighbour = next.phases[index - 1] ?? next.phases[index + 1]
    next = deletePhase(
      next,
      phaseId,
      neighbour ? { touchpoints: 'move', toPhaseId: neighbour.id } : { touchpoints: 'unassign' },
    )
  }
  return next
}

/** One phase selected and nothing movable: Left/Right reorder it (a phase moves by keyboard too). */
function selectedPhaseAlone(ctx: CommandContext): string | null {
  const ids = selectedIds(ctx.store.getState())
  if (ids.touchpoints.length + ids.notes.length > 0 || ids.phases.length !== 1) return null
  return ids.phases[0] ?? null
}

function nudgeBy(dx: number, dy: number): Command['run'] {
  return (ctx) => {
    const { store } = ctx
    const phaseId = selectedPhaseAlone(ctx)
    if (phaseId !== null) {
      runEdit(store, (map) => {
        const index = map.phases.findIndex((phase) => phase.id === phaseId)
        return movePhase(map, phaseId, index + Math.sign(dx))
      })
      return
    }
    const ids = selectedIds(store.getState())
    runEdit(store, (map) => nudge(map, { touchpoints: ids.touchpoints, notes: ids.notes }, dx, dy))
  }
}

const nudgeCommand = (
  id: string,
  label: Command['label'],
  key: string,
  dx: number,
  dy: number,
): Command[] => [
  {
    id,
    label,
    group: 'Selection',
    allowedIn: 'edit',
    moves: true,
    shortcuts: [key],
    enabled: (ctx) => hasMovable(ctx) || (dx !== 0 && selectedPhaseAlone(ctx) !== null),
    run: nudgeBy(dx, dy),
  },
  {
    id: `${id}-far`,
    allowedIn: 'edit',
    moves: true,
    label: (m) => m.commands.nudgeFar(label(m)),
    group: 'Selection',
    shortcuts: [`Shift+${key}`],
    enabled: (ctx) => hasMovable(ctx) || (dx !== 0 && selectedPhaseAlone(ctx) !== null),
    run: nudgeBy(dx * 10, dy * 10),
  },
]

export const selectionCommands: Command[] = [
  {
    id: 'delete',
    allowedIn: 'edit',
    label: (m) => m.commands.delete,
    group: 'Edit',
    shortcuts: ['Delete', 'Backspace'],
    enabled: hasSelection,
    run({ store }) {
      const { selection, map } = store.getState()
      const phases = selectedIds({ map, selection }).phases
      if (runEdit(store, (current) => deleteSelection(current, selection))) {
        setSelection(store, [])
        if (phases.length > 0) notify(store, currentMessages().commands.phaseDeleted)
      }
    },
  },
  {
    id: 'duplicate',
    allowedIn: 'edit',
    label: (m) => m.commands.duplicate,
    group: 'Edit',
    shortcuts: ['Mod+D'],
    enabled: hasMovable,
    run({ store }) {
      const ids = selectedIds(store.getState())
      let created: string[] = []
      const ok = runEdit(store, (map) => {
        const result = duplicateRecords(map, ids, { x: 24, y: 24 }, newId)
        created = [...result.idMap.values()]
        return result.map
      })
      if (ok) setSelection(store, created)
    },
  },
  {
    id: 'copy',
    allowedIn: 'view',
    label: (m) => m.commands.copy,
    group: 'Edit',
    shortcuts: ['Mod+C'],
    enabled: hasMovable,
    run({ store }) {
      const { map, selection } = store.getState()
      copyRecords(map, selection)
    },
  },
  {
    id: 'cut',
    allowedIn: 'edit',
    label: (m) => m.commands.cut,
    group: 'Edit',
    shortcuts: ['Mod+X'],
    enabled: hasMovable,
    run({ store }) {
      const { map, selection } = store.getState()
      if (!copyRecords(map, selection)) return
      const ids = selectedIds({ map, selection })
      runEdit(store, (current) =>
        deleteRecords(current, { touchpoints: ids.touchpoints, notes: ids.notes }),
      )
      setSelection(store, [])
    },
  },
  {
    id: 'paste',
    allowedIn: 'edit',
    label: (m) => m.commands.paste,
    group: 'Edit',
    shortcuts: ['Mod+V'],
    enabled: () => hasClipboard(),
    run({ store }) {
      let ids: string[] = []
      const ok = runEdit(store, (map) => {
        const result = pasteRecords(map)
        ids = result.ids
        return result.map
      })
      if (ok) setSelection(store, ids)
    },
  },
  {
    id: 'select-all',
    allowedIn: 'view',
    label: (m) => m.commands.selectAll,
    group: 'Selection',
    shortcuts: ['Mod+A'],
    run({ store }) {
      const { map } = store.getState()
      setSelection(store, [...Object.keys(map.touchpoints), ...Object.keys(map.notes)])
    },
  },
  {
    id: 'clear-selection',
    allowedIn: 'view',
    label: (m) => m.commands.clearSelection,
    group: 'Selection',
    shortcuts: ['Escape'],
    enabled: hasSelection,
    run: ({ store }) => setSelection(store, []),
  },
  {
    id: 'connect-selected',
    allowedIn: 'edit',
    label: (m) => m.commands.connectSelected,
    group: 'Edit',
    shortcuts: ['C'],
    enabled: ({ store }) => selectedIds(store.getState()).touchpoints.length === 2,
    run({ store }) {
      // Selection order is creation order; the path reads left to right, so connect by position.
      const state = store.getState()
      const [a, b] = selectedIds(state).touchpoints
      if (!a || !b) return
      runEdit(store, (map) => {
        const [source, target] = inReadingOrder(map, a, b, CARD_SIZE)
        return connect(map, createEdge({ id: newId(), source, target }))
      })
    },
  },
  ...nudgeCommand('nudge-left', (m) => m.commands.nudgeLeft, 'ArrowLeft', -1, 0),
  ...nudgeCommand('nudge-right', (m) => m.commands.nudgeRight, 'ArrowRight', 1, 0),
  ...nudgeCommand('nudge-up', (m) => m.commands.nudgeUp, 'ArrowUp', 0, -1),
  ...nudgeCommand('nudge-down', (m) => m.commands.nudgeDown, 'ArrowDown', 0, 1),
]

// A headless editor (like tldraw's TestEditor): a real session over a local Y.Doc, the real
// editor store and the real command registry, without React or a browser.

import * as Y from 'yjs'
import { createSession } from '../../src/collab/session'
import type { WorkshopSession } from '../../src/collab/workshop/session'
import { toY } from '../../src/collab/codec'
import { commands, execute, type CommandContext, type ViewportApi } from '../../src/commands'
import type { Command } from '../../src/commands/types'
import type { EditorState } from '../../src/state/editor-store'
import type { Rect } from '../../src/domain/geometry'
import type { JourneyMap, Point } from '../../src/domain/types'
import { createEditorStore, setSelection } from '../../src/state/editor-store'

export function createTestEditor(
  initial?: JourneyMap,
  center: Point = { x: 400, y: 300 },
  role: EditorState['role'] = 'edit',
  options: { workshop?: WorkshopSession } = {},
) {
  const doc = initial ? toY(initial) : new Y.Doc()
  const session = createSession('test-map', { name: 'Tester', color: '#2563eb' }, { doc })
  const store = createEditorStore(session, { role, ...options })
  const detach = store.attach()
  const revealed: Rect[] = []
  const viewport: ViewportApi = {
    fitView: () => {},
    zoomIn: () => {},
    zoomOut: () => {},
    center: () => center,
    reveal: (rect) => void revealed.push(rect),
  }
  const context = (): CommandContext => ({ store, viewport })
  return {
    doc,
    store,
    session,
    get map() {
      return store.getState().map
    },
    /** Every rectangle commands asked the view to bring into view, oldest first. */
    revealed,
    get selection() {
      return [...store.getState().selection]
    },
    run(id: string) {
      return commands.run(id, context())
    },
    /** Runs a command with its payload, through the registry's guard. */
    execute<Args, Result>(command: Command<Args, Result>, args: Args) {
      return execute(command, context(), args)
    },
    press(key: string, mods: { mod?: boolean; shift?: boolean } = {}) {
      const command = commands.match(
        { key, ctrlKey: !!mods.mod, metaKey: false, shiftKey: !!mods.shift, altKey: false },
        false,
      )
      if (command) commands.run(command.id, context())
      return command?.id
    },
    select(...ids: string[]) {
      setSelection(store, ids)
    },
    destroy() {
      detach()
      session.destroy()
    },
  }
}

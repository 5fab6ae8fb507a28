import { insertCommands } from './insert-commands'
import { createRegistry } from './registry'
import { selectionCommands } from './selection-commands'
import { viewCommands } from './view-commands'

/** Every command of the editor; building it throws if two commands claim one shortcut. */
export const commands = createRegistry([...insertCommands, ...selectionCommands, ...viewCommands])

export type { Command, CommandContext, ViewportApi } from './types'

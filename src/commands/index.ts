import { canvasCommands } from './canvas-commands'
import { importCommands } from './import-commands'
import { insertCommands } from './insert-commands'
import { journeyCommands } from './journey-commands'
import { metricCommands } from './metric-commands'
import { recordCommands } from './record-commands'
import { createRegistry } from './registry'
import { selectionCommands } from './selection-commands'
import { versionCommands } from './version-commands'
import { viewCommands } from './view-commands'

/** Every command of the editor; building it throws if two commands claim one id or shortcut. */
export const commands = createRegistry([
  ...insertCommands,
  ...selectionCommands,
  ...viewCommands,
  ...recordCommands,
  ...canvasCommands,
  ...importCommands,
  ...journeyCommands,
  ...metricCommands,
  ...versionCommands,
])

export { execute } from './registry'
export type { Command, CommandContext, ViewportApi } from './types'

import type { Messages } from '../catalogue'
import { commands as english } from '../en/commands'

// Until the German command names are written: English.
export const commands: Messages['commands'] = { ...english }

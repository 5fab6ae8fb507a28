import type { Messages } from '../catalogue'

export const commands: Messages['commands'] = {}

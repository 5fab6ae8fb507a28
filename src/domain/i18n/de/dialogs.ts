import type { Messages } from '../catalogue'

export const dialogs: Messages['dialogs'] = {}

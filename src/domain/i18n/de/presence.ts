import type { Messages } from '../catalogue'

export const presence: Messages['presence'] = {}

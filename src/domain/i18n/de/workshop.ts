import type { Messages } from '../catalogue'

export const workshop: Messages['workshop'] = {}

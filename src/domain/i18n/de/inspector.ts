import type { Messages } from '../catalogue'

export const inspector: Messages['inspector'] = {}

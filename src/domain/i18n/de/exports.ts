import type { Messages } from '../catalogue'

export const exports: Messages['exports'] = {}

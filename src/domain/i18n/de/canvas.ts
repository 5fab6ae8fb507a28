import type { Messages } from '../catalogue'

export const canvas: Messages['canvas'] = {}

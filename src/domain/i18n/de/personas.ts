import type { Messages } from '../catalogue'

export const personas: Messages['personas'] = {}

import type { Messages } from '../catalogue'

export const vocabulary: Messages['vocabulary'] = {}

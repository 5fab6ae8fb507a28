import type { Messages } from '../catalogue'

export const versions: Messages['versions'] = {}

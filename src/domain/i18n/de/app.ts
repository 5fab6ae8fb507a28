import type { Messages } from '../catalogue'

export const app: Messages['app'] = {}

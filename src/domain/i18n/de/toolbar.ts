import type { Messages } from '../catalogue'

export const toolbar: Messages['toolbar'] = {}

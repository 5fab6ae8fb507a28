import type { Messages } from '../catalogue'

export const templates: Messages['templates'] = {}

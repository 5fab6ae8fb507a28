import type { Messages } from '../catalogue'

export const mapList: Messages['mapList'] = {}

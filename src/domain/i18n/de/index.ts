// The German catalogue, one file per part of the interface.
import type { Messages } from '../catalogue'
import { common } from './common'
import { vocabulary } from './vocabulary'
import { templates } from './templates'
import { commands } from './commands'
import { app } from './app'
import { mapList } from './mapList'
import { toolbar } from './toolbar'
import { canvas } from './canvas'
import { inspector } from './inspector'
import { personas } from './personas'
import { dialogs } from './dialogs'
import { presence } from './presence'
import { exports } from './exports'
import { versions } from './versions'
import { workshop } from './workshop'
import { errors } from './errors'
export const de: Messages = {
  common,
  vocabulary,
  templates,
  commands,
  app,
  mapList,
  toolbar,
  canvas,
  inspector,
  personas,
  dialogs,
  presence,
  exports,
  versions,
  workshop,
  errors,
}

// The versioned JSON file format of journey maps: envelope, migrations, validation, restore, load.
// docs/format.md describes it for people; docs/schema/journey-map.v1.schema.json for programs.

export {
  CURRENT_FORMAT_VERSION,
  DEFAULT_SOURCE,
  FORMAT_TYPE,
  serializeMap,
  toEnvelope,
  type EnvelopeOptions,
  type MapFileBodyV1,
  type MapFileV1,
} from './envelope'
export {
  FIRST_FORMAT_VERSION,
  MIGRATIONS,
  checkMigrationSequence,
  migrate,
  type Migration,
  type MigrationResult,
} from './migrations'
export { NOT_A_MAP_MESSAGE, validateMapFile, type Problem } from './validate'
export { restoreMap, type RestoreResult } from './restore'
export {
  DEFAULT_MAX_BYTES,
  formatBytes,
  loadMapFile,
  parseMapFile,
  utf8Length,
  type LoadOptions,
  type LoadResult,
} from './load'

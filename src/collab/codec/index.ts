// The Y.Doc codec: how a journey map lives in a Y.Doc (layout), is read from it (read, mirror),
// written to it (write) and brought up to date (upgrade). The server imports it from here.

export {
  META,
  ORDER_KEY,
  SCHEMA_VERSION_KEY,
  collectionOf,
  metaOf,
  readMapTitle,
  readSchemaVersion,
  type YRecord,
} from './layout'
export { fromY, readMeta, readRecords } from './read'
export { commitMap, toY } from './write'
export { mirrorDoc, type DocMirror } from './mirror'
export { touchedRecordIds } from './touched'
export { docVersion, isNewerDoc, upgradeDoc, type UpgradeResult } from './upgrade'

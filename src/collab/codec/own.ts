// Record ids come from files and peers, so "__proto__" or "constructor" are possible ids: records
// are read with Object.hasOwn and written as own properties, never through the prototype chain.

export function hasOwn(record: object, key: string): boolean {
  return Object.hasOwn(record, key)
}

export function getOwn<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined
}

export { putOwn } from '../../domain/records'

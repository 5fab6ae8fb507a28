// What one client address may hold at once: open sockets, and distinct maps those sockets keep
// open. Without it one address could open every room the server allows (each socket holds a room
// in memory) and lock everyone else out. IPv6 addresses are counted by /64 (addressKey).

export type QuotaRefusal = 'ip-sockets' | 'ip-rooms'

export class AddressQuota {
  private readonly sockets = new Map<string, number>()
  private readonly maps = new Map<string, Map<string, number>>()

  constructor(
    private readonly maxSockets: number,
    private readonly maxRooms: number,
  ) {}

  /** Counts one socket of `address` on `mapId`, or says which cap it would pass. */
  admit(address: string, mapId: string): QuotaRefusal | null {
    const sockets = this.sockets.get(address) ?? 0
    if (sockets >= this.maxSockets) return 'ip-sockets'
    const maps = this.maps.get(address) ?? new Map<string, number>()
    if (!maps.has(mapId) && maps.size >= this.maxRooms) return 'ip-rooms'
    this.sockets.set(address, sockets + 1)
    maps.set(mapId, (maps.get(mapId) ?? 0) + 1)
    this.maps.set(address, maps)
    return null
  }

  release(address: string, mapId: string) {
    const sockets = (this.sockets.get(address) ?? 1) - 1
    if (sockets <= 0) this.sockets.delete(address)
    else this.sockets.set(address, sockets)
    const maps = this.maps.get(address)
    if (!maps) return
    const held = (maps.get(mapId) ?? 1) - 1
    if (held <= 0) maps.delete(mapId)
    else maps.set(mapId, held)
    if (maps.size === 0) this.maps.delete(address)
  }
}

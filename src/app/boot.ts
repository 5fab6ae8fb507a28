// The page's entry, small so that it runs before the editor's bundle has even arrived: it moves a
// share link's token out of the address bar, loads the editor and, on a map's page, asks for the
// map's record and role (src/api/early-access.ts) and opens the map's sync socket at once
// (src/collab/early-socket.ts), so the server loads the map while the editor's code arrives,
// compiles and runs (~0.3 s of a cold open) instead of after. (The server answers the editor's
// files from memory meanwhile: server/http/static.ts.)

import { requestAccessEarly } from '../api/early-access'
import { syncUrl } from '../api/socket-urls'
import { bestToken, captureTokenFromLocation } from '../api/tokens'
import { openEarlySocket, socketUrl } from '../collab/early-socket'
import { mapIdFromPath } from '../ui/navigation'

const mapId = mapIdFromPath(window.location.pathname)
// A share link's token is taken out of the address bar before anything connects with it.
captureTokenFromLocation(mapId)
void import('./main')
if (mapId) {
  const token = bestToken(mapId)
  // The role decides whether cards can be dragged: known before the map arrives, a big map is
  // drawn once instead of twice (src/api/early-access.ts). Asked for before the socket opens, so
  // the server mostly answers it before it starts loading the map: loading a big map holds up
  // every request that arrives meanwhile.
  requestAccessEarly(mapId, token)
  openEarlySocket(socketUrl(syncUrl(), mapId, token ? { token } : {}))
}

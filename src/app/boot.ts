// The page's entry, small so that it runs before the editor's bundle has even arrived: it moves a
// share link's token out of the address bar and, on a map's page, opens the map's sync socket at
// once (src/collab/early-socket.ts), so the server loads the map while the editor's code loads
// and evaluates (~0.3 s of a cold open). Then it loads the editor.

import { syncUrl } from '../api/socket-urls'
import { bestToken, captureTokenFromLocation } from '../api/tokens'
import { openEarlySocket, socketUrl } from '../collab/early-socket'
import { mapIdFromPath } from '../ui/navigation'

const mapId = mapIdFromPath(window.location.pathname)
// A share link's token is taken out of the address bar before anything connects with it.
captureTokenFromLocation(mapId)
if (mapId) {
  const token = bestToken(mapId)
  openEarlySocket(socketUrl(syncUrl(), mapId, token ? { token } : {}))
}

void import('./main')

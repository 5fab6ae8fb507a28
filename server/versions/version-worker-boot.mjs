// Starts version-worker.ts in its worker thread: worker threads do not inherit the loader the
// server runs under, so tsx's is registered here first (plain JavaScript for that reason).

import { register } from 'tsx/esm/api'

register()
await import('./version-worker.ts')

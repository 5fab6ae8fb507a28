// `npm start` entry: read the environment, start the server, print where to open it, and save
// every room before exiting on SIGTERM/SIGINT.

import { startServer } from './app'
import { ConfigError, configFromEnv, isLoopbackHost } from './config'
import { createLogger, errorFields } from './log'
import { describeStore } from './persistence/open'

// Anything that escapes every handler leaves the process in an unknown state: say what happened
// and exit non-zero, so a supervisor restarts it (rooms reload from the database).
function dieOn(kind: string) {
  return (error: unknown) => {
    const log = createLogger('error')
    log.error(`${kind}: exiting`, errorFields(error))
    process.exit(1)
  }
}
process.on('uncaughtException', dieOn('uncaught exception'))
process.on('unhandledRejection', dieOn('unhandled promise rejection'))

async function main() {
  let config
  try {
    config = configFromEnv()
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`trailmap: ${error.message}\n`)
      process.exit(2)
    }
    throw error
  }
  const log = createLogger(config.logLevel)
  const server = await startServer(config, log)
  log.info(`Trailmap is running: open ${server.url}`, {
    url: server.url,
    port: server.port,
    db: describeStore(config),
    redis: config.redisUrl ? 'on' : 'off',
    auth: config.auth ? 'on' : 'off',
  })
  if (!config.auth && !isLoopbackHost(config.host)) {
    log.warn('auth is off on a non-loopback address: anyone who can reach it may edit every map', {
      host: config.host,
    })
  }

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    log.info('shutting down', { signal })
    const force = setTimeout(() => {
      log.error('shutdown took too long; exiting')
      process.exit(1)
    }, config.shutdownTimeoutMs + 5_000)
    force.unref()
    server.close().then(
      () => {
        log.info('stopped')
        process.exit(0)
      },
      (error: unknown) => {
        log.error('shutdown failed', errorFields(error))
        process.exit(1)
      },
    )
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
}

main().catch((error: unknown) => {
  process.stderr.write(
    `trailmap: could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  )
  process.exit(1)
})

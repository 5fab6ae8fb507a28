// Setup file of every vitest project. Its afterAll is registered before the test file's own, and
// vitest runs after-hooks in reverse: the file's servers are closed before their files go.

import { afterAll } from 'vitest'
import { removeTempDirs } from './temp-dirs'

afterAll(() => removeTempDirs())

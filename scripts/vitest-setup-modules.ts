import { vi } from 'vitest'

// The projects that run all their files in one worker (`isolate: false`, vitest.config.ts) start
// each file with a fresh module registry, as a worker of its own would: a file's `vi.mock` reaches
// every module it imports, and a module that took a mocked import is not what the next file gets.
// Shared between files: the process, Node's modules and the installed packages (loaded once), and
// globals a file changes without putting them back.
vi.resetModules()

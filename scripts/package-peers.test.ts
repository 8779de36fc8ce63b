import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PUBLISHED_PACKAGES, packageDir } from './published-packages.ts'

// What the app installs itself and shares with the kit is a peer: one React for the app and the
// components, and one msw, so that the worker script `npx msw init` writes is the one of the msw
// the mock runs (the mock README's install step) and the app's own handlers and the mock's go
// into one setupServer/setupWorker. A dependency would let the package manager give the kit a
// copy of its own.
const PUBLISHED = PUBLISHED_PACKAGES.map(
  (name) => JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as Manifest,
)

type Manifest = {
  name: string
  private?: boolean
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

const SHARED_WITH_THE_APP: Record<string, Record<string, string>> = {
  '@briq-interactive/react': { react: '^18.3.0 || ^19.0.0', 'react-dom': '^18.3.0 || ^19.0.0' },
  '@briq-interactive/mock': { msw: '^3.0.5' },
}

describe.each(PUBLISHED.map((manifest) => [manifest.name, manifest] as const))('%s', (name, manifest) => {
  it('takes what it shares with the app as a peer, never as a dependency of its own', () => {
    expect(manifest.peerDependencies ?? {}).toEqual(SHARED_WITH_THE_APP[name] ?? {})
    const both = Object.keys(manifest.peerDependencies ?? {}).filter((peer) => peer in (manifest.dependencies ?? {}))
    expect(both).toEqual([])
  })

  it('installs each peer for its own tests', () => {
    const missing = Object.keys(manifest.peerDependencies ?? {}).filter(
      (peer) => !(peer in (manifest.devDependencies ?? {})),
    )
    expect(missing).toEqual([])
  })
})

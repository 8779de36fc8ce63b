// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { bundleExports } from '../../bench/bundle-exports.ts'

const bundled = async (exports: string): Promise<string> =>
  new TextDecoder().decode((await bundleExports(exports)).code)

// What a closed 24-hour window means, in core's English and Swahili send-failure sentences.
const WINDOW_CLOSED = ['send an approved template', 'tuma kiolezo kilichoidhinishwa']

describe('the builder’s bundle', () => {
  it('carries none of core’s send-failure sentences: the builder sends nothing', async () => {
    const builder = await bundled('{ InteractiveBuilder, Builder }')
    for (const words of WINDOW_CLOSED) expect(builder).not.toContain(words)
    // Its issue sentences it does carry, in both languages.
    expect(builder).toContain('needs unique')
    // The send dialog says them.
    const dialog = await bundled('{ SendInteractiveDialog }')
    for (const words of WINDOW_CLOSED) expect(dialog).toContain(words)
  })
})

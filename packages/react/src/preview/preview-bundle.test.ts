// @vitest-environment node
import { validateInteractive } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { bundleExports } from '../../bench/bundle-exports.ts'

const bundled = async (exports: string): Promise<string> =>
  new TextDecoder().decode((await bundleExports(exports)).code)

// Words of core's English that only a worded issue writes (a repeated button ID).
const WORDS = 'needs unique'

describe('the preview’s bundle', () => {
  it('carries none of core’s issue sentences: it marks where issues are, it does not say them', async () => {
    const reply = (id: string) => ({ type: 'reply', reply: { id, title: id } })
    const result = validateInteractive({
      type: 'button',
      body: { text: 'Pick' },
      action: { buttons: [reply('a'), reply('a')] },
    })
    expect(result.ok ? [] : result.issues.map((issue) => issue.message)).toContainEqual(expect.stringContaining(WORDS))
    expect(await bundled('{ InteractivePreview }')).not.toContain(WORDS)
    // The builder says them.
    expect(await bundled('{ InteractiveBuilder }')).toContain(WORDS)
  })
})

import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'

// createMockWorker needs msw's worker script at the page's root. Storybook serves the committed
// copy in .storybook/public, and so does the `browser` Vitest project (its publicDir). A copy
// left behind by an msw upgrade makes msw warn about a mismatch on every page load.
const committedCopy = new URL('../../../.storybook/public/mockServiceWorker.js', import.meta.url)
const mswScript = new URL(import.meta.resolve('msw/mockServiceWorker.js'))

describe('the committed mockServiceWorker.js', () => {
  it("is byte for byte the installed msw's worker script", async () => {
    const [committed, installed] = await Promise.all([readFile(committedCopy, 'utf8'), readFile(mswScript, 'utf8')])
    expect(
      committed === installed,
      `.storybook/public/mockServiceWorker.js differs from ${mswScript.pathname}: run \`pnpm exec msw init .storybook/public --no-save\``,
    ).toBe(true)
  })
})

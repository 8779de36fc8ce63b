import { describe, expect, it } from 'vitest'
import { renderCase } from './testing/hydration-cases.tsx'
import { describeHydration } from './testing/hydration-suite.tsx'
import { inReaderZone, renderCaseOnUtcServer } from './testing/reader-zone.ts'
import { hydrateHtml } from './testing/server-hydration.ts'

inReaderZone()
describeHydration(renderCaseOnUtcServer)

describe('a message time given as a moment', () => {
  it.each(['preview at a moment (a Date)', 'preview at a moment (an ISO string with a zone)'])(
    '%s: empty in server HTML, in the reader’s zone once hydrated',
    async (name) => {
      const html = renderCaseOnUtcServer(name)
      expect(html).not.toContain('<time')
      const hydrated = await hydrateHtml(html, renderCase(name))
      expect(hydrated.container.querySelector('time')?.textContent).toBe('09:41')
      await hydrated.unmount()
    },
  )
})

it('a preview without a time: empty in server HTML, the client clock once hydrated', async () => {
  const name = 'preview without a time (the client clock)'
  const html = renderCaseOnUtcServer(name)
  expect(html).not.toContain('<time')
  const hydrated = await hydrateHtml(html, renderCase(name))
  expect(hydrated.container.querySelector('time')?.textContent).toMatch(/^\d\d:\d\d$/)
  await hydrated.unmount()
})

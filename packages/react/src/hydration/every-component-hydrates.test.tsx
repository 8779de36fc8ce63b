import { expect, it } from 'vitest'
import { renderCase } from './testing/hydration-cases.tsx'
import { describeHydration } from './testing/hydration-suite.tsx'
import { inReaderZone, renderCaseOnUtcServer } from './testing/reader-zone.ts'
import { hydrateHtml } from './testing/server-hydration.ts'

inReaderZone()
describeHydration(renderCaseOnUtcServer)

it('a preview without a time: empty in server HTML, the client clock once hydrated', async () => {
  const name = 'preview without a time (the client clock)'
  const html = renderCaseOnUtcServer(name)
  expect(html).not.toContain('<time')
  const hydrated = await hydrateHtml(html, renderCase(name))
  expect(hydrated.container.querySelector('time')?.textContent).toMatch(/^\d\d:\d\d$/)
  await hydrated.unmount()
})

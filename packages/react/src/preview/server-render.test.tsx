// @vitest-environment node
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { edgeFixtures, FIXTURE_TIME, validFixtures } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'

describe('InteractivePreview on the server', () => {
  it('runs in an environment with no window or document', () => {
    expect(typeof window).toBe('undefined')
    expect(typeof document).toBe('undefined')
  })

  it.each(Object.entries({ ...validFixtures, ...edgeFixtures }))('%s renders to a string', (_name, value) => {
    const html = renderToString(<InteractivePreview value={value} time={FIXTURE_TIME} theme="system" />)
    expect(html).toMatch(/^<section aria-label="WhatsApp message preview" lang="en" class="bi-root bi-preview"/)
    expect(html).not.toContain('<script')
  })

  it('renders the same HTML every time (deterministic for hydration and screenshots)', () => {
    const once = () => renderToString(<InteractivePreview value={validFixtures.list} time={FIXTURE_TIME} locale="sw" />)
    const html = once()
    expect(once()).toBe(html)
    expect(html).toContain('<time class="bi-time">09:41</time>')
    expect(html).toContain('Chagua njia')
  })

  it('leaves the time empty when none is given, instead of reading the server clock', () => {
    const html = renderToString(<InteractivePreview value={validFixtures.flow} />)
    expect(html).not.toContain('<time')
  })
})

// @vitest-environment node
import { createDraft, INTERACTIVE_TYPES } from '@briq-interactive/core'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { InteractiveBuilder } from './interactive-builder.tsx'

describe('InteractiveBuilder on the server', () => {
  it('runs where there is no window, document or localStorage', () => {
    expect(typeof window).toBe('undefined')
    expect(typeof document).toBe('undefined')
    expect(typeof localStorage).toBe('undefined')
  })

  it.each(INTERACTIVE_TYPES)('renders %s to a string, persistence on, without touching the browser', (type) => {
    const html = renderToString(
      <InteractiveBuilder defaultValue={createDraft(type)} persistKey="ssr:draft" locale="sw" />,
    )
    expect(html).toMatch(
      /^<div lang="sw" id="[^"]+" tabindex="-1" class="bi-root bi-builder" data-bi-theme="system" data-tab="form"/,
    )
    expect(html).toContain('Aina ya ujumbe')
    expect(html).not.toContain('<script')
  })

  it('renders the same HTML every time (hydration matches)', () => {
    const once = () => renderToString(<InteractiveBuilder defaultValue={createDraft('list')} />)
    expect(once()).toBe(once())
  })
})

import '../styles.css'
import { createDraft } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { cleanup, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { renderBuilder } from '../builder/testing/browser-builder.tsx'
import { validFixtures } from '../preview/fixtures.ts'
import { renderPreview } from '../preview/testing/browser-render.tsx'
import { SendInteractiveDialog } from '../send-dialog/send-interactive-dialog.tsx'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import { emulatePreferences } from '../testing/preferences.ts'

beforeEach(() => emulatePreferences({ reducedMotion: 'reduce' }))
afterEach(async () => {
  cleanup()
  await emulatePreferences({ reducedMotion: null })
})

/** The kit's elements (and their ::before and ::after) that would still move. */
function moving(root: ParentNode): string[] {
  return [...root.querySelectorAll('*')].flatMap((element) =>
    [null, '::before', '::after'].flatMap((pseudo) => {
      const style = getComputedStyle(element, pseudo)
      const durations = `${style.animationDuration},${style.transitionDuration}`.split(',')
      const moves =
        (style.animationName !== 'none' && durations.some((d) => Number.parseFloat(d) > 0)) ||
        style.transitionDuration.split(',').some((d) => Number.parseFloat(d) > 0) ||
        style.scrollBehavior === 'smooth'
      return moves ? [`${element.tagName.toLowerCase()}.${[...element.classList].join('.')}${pseudo ?? ''}`] : []
    }),
  )
}

// WCAG 2.2 2.3.3 (Animation from interactions): with the reader's "reduce motion" set, the list
// sheet does not slide up, the reply's second tick does not fade in, nothing scrolls smoothly.
describe('prefers-reduced-motion: reduce stills every part (Chromium)', () => {
  it('the preview, its list sheet open and the customer’s reply shown', async () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true)
    const { root } = renderPreview(validFixtures.list)
    await page.getByRole('button', { name: validFixtures.list.action.button }).click()
    await expect.element(page.getByRole('dialog')).toBeVisible()
    expect(moving(root)).toEqual([])
    cleanup()
    const reply = renderPreview(validFixtures.buttonTextHeader)
    await page.getByRole('button', { name: 'Leo jioni' }).click()
    await expect
      .poll(() => reply.root.querySelector('.bi-ticks-wrap')?.getAttribute('data-state'), { timeout: 5000 })
      .toBe('read')
    expect(moving(reply.root)).toEqual([])
  })

  it('the builder and the send dialog', async () => {
    const { root } = renderBuilder({ defaultValue: createDraft('list') })
    expect(moving(root)).toEqual([])
    const { client } = createMockClient()
    render(<SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} defaultOpen />)
    await expect.element(page.getByRole('dialog', { name: /send/i })).toBeVisible()
    expect(moving(document.body)).toEqual([])
  })
})

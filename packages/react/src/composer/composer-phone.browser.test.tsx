import '../styles.css'
import { createBriqClient, createDraft } from '@briq-interactive/core'
import { DEFAULT_API_KEY, FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import { InteractiveComposer } from './interactive-composer.tsx'

afterEach(() => {
  cleanup()
  window.scrollTo(0, 0)
})

// The element's top and bottom (as much of it as the screen holds) on screen, and not covered.
function expectInReach(element: HTMLElement) {
  const box = element.getBoundingClientRect()
  const top = box.height > window.innerHeight ? Math.max(box.top, 0) : box.top
  const bottom = box.height > window.innerHeight ? Math.min(box.bottom, window.innerHeight) : box.bottom
  // Less than a pixel out is in: the page scrolls by whole pixels, and a box above whose height
  // is a fraction (a select drawn as base-select) can leave the status 0.4 px past the edge.
  expect(top, element.outerHTML.slice(0, 80)).toBeGreaterThan(-1)
  expect(bottom, element.outerHTML.slice(0, 80)).toBeLessThan(window.innerHeight + 1)
  const hit = document.elementFromPoint(box.left + box.width / 2, (top + bottom) / 2)
  expect(hit === element || element.contains(hit), element.outerHTML.slice(0, 80)).toBe(true)
}

describe('the inline composer on a phone (Chromium)', () => {
  // The outcome appears above Send, at the end of a page taller than the screen: a person who
  // pressed Send at the bottom saw only the button change (and the page kept Send where it was,
  // pushing the outcome up). Its heading comes into view, as in the dialog; focus stays on Send.
  for (const [outcome, to, where] of [
    ['Message sent', FIXTURE_PHONES.open, 'end'],
    ['Not sent', FIXTURE_PHONES.closed, 'end'],
  ] as const) {
    it(`after Send at the ${where} of the screen, "${outcome}" is in view`, async () => {
      await page.viewport(320, 568)
      const { client } = createMockClient()
      render(
        <InteractiveComposer
          client={client}
          defaultValue={createDraft('list')}
          sendMode="inline"
          defaultTo={to}
          pollIntervalMs={20}
        />,
      )
      const send = page.getByRole('button', { name: 'Send', exact: true })
      ;(send.element() as HTMLElement).scrollIntoView({ block: where })
      expect(window.scrollY).toBeGreaterThan(0)
      await userEvent.click(send)
      const region = page.getByRole('region', { name: outcome })
      await expect.element(region).toBeInTheDocument()
      const heading = (region.element() as HTMLElement).firstElementChild as HTMLElement
      expect(heading).toHaveTextContent(outcome)
      // The whole outcome (what it means, what to do next), or as much as the screen holds from its title.
      const status = region.element().closest('.bi-send-dialog-status') as HTMLElement
      await expect.poll(() => status.getBoundingClientRect().top).toBeGreaterThanOrEqual(0)
      expectInReach(heading)
      expectInReach(status)
      expect(document.activeElement).toBe(send.element())
    })
  }

  // Someone who pressed Send and scrolled back up to the builder while it was sending has moved
  // on: the outcome is said by the live region, and the page stays where they took it.
  it('after Send, a user who scrolled away while it was sending is not pulled back', async () => {
    await page.viewport(320, 568)
    const { mock } = createMockClient()
    let answer: () => void = () => {}
    const answered = new Promise<void>((resolve) => {
      answer = resolve
    })
    const client = createBriqClient({
      endpoint: '/api/briq',
      headers: { 'X-API-Key': DEFAULT_API_KEY },
      fetch: async (url, init) => {
        if (init.method === 'POST') await answered
        return mock.handle(new Request(new URL(url, location.href), init))
      },
    })
    render(
      <InteractiveComposer
        client={client}
        defaultValue={createDraft('list')}
        sendMode="inline"
        defaultTo={FIXTURE_PHONES.open}
        pollIntervalMs={20}
      />,
    )
    const send = page.getByRole('button', { name: 'Send', exact: true })
    ;(send.element() as HTMLElement).scrollIntoView({ block: 'end' })
    await userEvent.click(send)
    window.scrollTo(0, 0)
    // Briq answers after the page has scrolled (a person takes longer than a frame).
    await new Promise((resolve) => setTimeout(resolve, 100))
    answer()
    await expect.element(page.getByRole('region', { name: 'Message sent' })).toBeInTheDocument()
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(window.scrollY).toBe(0)
  })
})

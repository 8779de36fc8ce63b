import '@briq-interactive/react/styles.css'
import './styles.css'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { App } from './app.tsx'
import type { PlaygroundConnection } from './connection.ts'

const MOCK: PlaygroundConnection = { mode: 'mock', endpoint: '/api/briq', headers: {} }

afterEach(cleanup)

/** The focus ring `element` shows once focused: its width and colour. */
function ringOf(element: Element): string {
  ;(element as HTMLElement).focus()
  expect(element.matches(':focus-visible'), element.outerHTML.slice(0, 80)).toBe(true)
  const style = getComputedStyle(element)
  return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`
}

// The page's focus rule (a class and :focus-visible) outweighed the builder's and the send form's
// own, so inside the one composer the form and Send showed the page's ring and the preview the
// kit's. The kit's parts keep the kit's ring; the page's own controls keep the page's.
describe('focus rings in the playground (Chromium)', () => {
  it("the composer's parts all show the kit's ring, the page's controls the page's", async () => {
    render(<App connection={MOCK} initialLocale="en" />)
    await userEvent.click(page.getByRole('radio', { name: 'Light' }))
    // A key pressed first: the browser then shows a ring on a focused button, as on Tab.
    await userEvent.keyboard('{Shift}')
    const kit = ringOf(document.querySelector('.bi-composer-preview .bi-action')!)
    expect(
      [
        page.getByRole('textbox', { name: 'Body text' }),
        page.getByRole('button', { name: 'Undo' }),
        page.getByRole('combobox', { name: 'Message type' }),
        page.getByRole('button', { name: 'Send', exact: true }),
      ].map((control) => ringOf(control.element())),
    ).toEqual([kit, kit, kit, kit])
    const own = ringOf(page.getByRole('button', { name: 'Copy as curl' }).element())
    expect(own).not.toBe(kit)
    expect(ringOf(page.getByRole('combobox', { name: 'How the mock answers' }).element())).toBe(own)
  })
})

import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { FIXTURE_TIME } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'

const list = {
  type: 'list',
  body: { text: 'Chagua wilaya' },
  action: {
    button: 'Wilaya',
    sections: [{ title: 'Dar es Salaam', rows: [{ id: 'kinondoni', title: 'Kinondoni' }] }],
  },
}

// WhatsApp greys the sheet's Send out until a row is chosen. Ours is aria-disabled as well; pressed
// then, it said nothing at all: now its description says why, and a press says it too.
describe("the list sheet's Send before a row is chosen", () => {
  for (const [locale, words] of [
    ['en', { send: 'Send', hint: 'Choose an option first' }],
    ['sw', { send: 'Tuma', hint: 'Chagua chaguo kwanza' }],
  ] as const) {
    it(`is described by why it waits and says it when pressed (${locale})`, async () => {
      const onReply = vi.fn()
      render(<InteractivePreview value={list} time={FIXTURE_TIME} locale={locale} onReply={onReply} />)
      await userEvent.click(screen.getByRole('button', { name: /Wilaya/ }))
      const sheet = screen.getByRole('dialog')
      const send = screen.getByRole('button', { name: words.send })
      expect(send).toHaveAttribute('aria-disabled', 'true')
      expect(send).toHaveAccessibleDescription(words.hint)
      const status = sheet.querySelector('[role="status"]') as HTMLElement
      expect(status).toBeEmptyDOMElement()
      await userEvent.click(send)
      expect(onReply).not.toHaveBeenCalled()
      expect(status).toHaveTextContent(words.hint)
      const first = status.firstElementChild
      // Pressed again: a new node, so it is said again.
      await userEvent.click(send)
      expect(status).toHaveTextContent(words.hint)
      expect(status.firstElementChild).not.toBe(first)
      // A row chosen: Send sends, nothing to explain.
      await userEvent.click(screen.getByRole('radio', { name: /Kinondoni/ }))
      expect(send).not.toHaveAttribute('aria-disabled')
      expect(send).toHaveAccessibleDescription('')
      expect(status).toBeEmptyDOMElement()
      await userEvent.click(send)
      expect(onReply).toHaveBeenCalledTimes(1)
    })
  }
})

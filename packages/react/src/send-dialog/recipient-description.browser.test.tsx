import '../styles.css'
import { type BriqClient, createBriqClient } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { createBriqMock, FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { axeReport } from '../testing/axe-report.ts'
import { accessibilityTree, spoken } from '../testing/spoken.ts'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createMockClient } from './testing/mock-client.ts'

afterEach(cleanup)

describe("the customer's number as a screen reader is given it (Chromium)", () => {
  // The 24-hour window's note describes Send alone (send-dialog-pickers.test.tsx): the number's
  // description is its own note, ended ("Will be sent to +255712345678" read on into nothing).
  it('ends the number note, and the 24-hour window is read once, on Send', async () => {
    await page.viewport(390, 844)
    const { client } = createMockClient()
    render(
      <SendInteractiveDialog
        client={client}
        interactive={FEEDBACK_INTERACTIVE}
        defaultTo={FIXTURE_PHONES.open}
        trigger={<button type="button">Send to customer…</button>}
      />,
    )
    await page.getByRole('button', { name: 'Send to customer…' }).click()
    const recipient = page.getByRole('textbox', { name: "Customer's WhatsApp number" })
    const send = page.getByRole('button', { name: 'Send', exact: true })
    await expect.element(send).toHaveAccessibleDescription(/The customer wrote in the last 24 hours/)
    expect(await spoken(recipient.element())).toMatch(/ — Will be sent to \+255712345678\.$/)
    // A swipe through the dialog meets the window's words once: as Send's description.
    const lines = await accessibilityTree('[role="dialog"]')
    expect(lines.filter((line) => line.includes('The customer wrote in the last 24 hours'))).toEqual([
      expect.stringMatching(/^\s*button "Send" — The customer wrote in the last 24 hours/),
    ])
  })

  it('and in the inline composer, for a closed window', async () => {
    await page.viewport(390, 844)
    const { client } = createMockClient()
    render(
      <InteractiveComposer
        client={client}
        defaultValue={FEEDBACK_INTERACTIVE}
        sendMode="inline"
        defaultTo={FIXTURE_PHONES.closed}
      />,
    )
    const send = page.getByRole('button', { name: 'Send', exact: true })
    await expect.element(send).toHaveAccessibleDescription(/This customer has not written to you in the last 24 hours/)
    const lines = await accessibilityTree('body')
    expect(lines.filter((line) => line.includes('has not written to you in the last 24 hours'))).toEqual([
      expect.stringMatching(/^\s*button "Send" — This customer has not written to you/),
    ])
  })
})

/** What the dialog and the composer say, in each language. */
const words = {
  en: {
    number: "Customer's WhatsApp number",
    sentTo: 'Will be sent to +255712345678',
    send: 'Send',
    required: "Enter the customer's WhatsApp number",
    sent: 'Message sent',
    hold: 'Sending is on hold for another ',
    sentBefore: 'This message was already sent to ',
  },
  sw: {
    number: 'Namba ya WhatsApp ya mteja',
    sentTo: 'Ujumbe utatumwa kwa +255712345678',
    send: 'Tuma',
    required: 'Weka namba ya WhatsApp ya mteja',
    sent: 'Ujumbe umetumwa',
    hold: 'Kutuma kumesimamishwa kwa ',
    sentBefore: 'Ujumbe huu ulishatumwa kwa ',
  },
} as const

/** The send dialog, open, sending the feedback message to the open-window number. */
const renderOpenDialog = (client: BriqClient, locale: 'en' | 'sw') =>
  render(
    <SendInteractiveDialog
      client={client}
      interactive={FEEDBACK_INTERACTIVE}
      locale={locale}
      defaultTo={FIXTURE_PHONES.open}
      defaultOpen
    />,
  )

describe("the number's note read once by a swipe (Chromium, phone)", () => {
  // "Will be sent to +…" (or why the number cannot be used) was the number's description and
  // also a paragraph of its own, so a swipe read it twice in a row. The field keeps it: a
  // keyboard user hears it on reaching the number.
  for (const locale of ['en', 'sw'] as const) {
    const said = words[locale]
    it(`says where it goes once, in the dialog (${locale})`, async () => {
      await page.viewport(390, 844)
      renderOpenDialog(createMockClient().client, locale)
      const number = page.getByRole('textbox', { name: said.number })
      await expect.element(number).toBeVisible()
      expect(await spoken(number.element())).toBe(`textbox "${said.number}" — ${said.sentTo}.`)
      const dialog = document.querySelector('[role="dialog"]') as HTMLElement
      const lines = await accessibilityTree('[role="dialog"]')
      expect(lines.filter((line) => line.includes(said.sentTo))).toEqual([
        expect.stringMatching(new RegExp(`^\\s*textbox "${said.number}" — `)),
      ])
      expect((await axeReport(dialog)).violations).toEqual([])
    })

    it(`says why a number cannot be used on the field and as its own text, inline (${locale})`, async () => {
      await page.viewport(390, 844)
      const { client } = createMockClient()
      render(
        <InteractiveComposer client={client} defaultValue={FEEDBACK_INTERACTIVE} sendMode="inline" locale={locale} />,
      )
      await page.getByRole('button', { name: said.send, exact: true }).click()
      const number = page.getByRole('textbox', { name: said.number })
      await expect.element(number).toHaveAttribute('aria-invalid', 'true')
      expect(await spoken(number.element())).toBe(`textbox "${said.number}" — ${said.required}.`)
      const lines = await accessibilityTree('body')
      // An error, unlike the hint above, stays text: a swipe with hints off hears it there.
      expect(lines.filter((line) => line.includes(said.required))).toEqual([
        expect.stringMatching(new RegExp(`^\\s*textbox "${said.number}" — `)),
        expect.stringMatching(new RegExp(`^\\s*"${said.required}`)),
      ])
      expect((await axeReport(document.querySelector('.bi-send-dialog-form') ?? document.body)).violations).toEqual([])
    })
  }
})

describe('"Send to"\'s note read once by a swipe (Chromium, phone)', () => {
  // Why the recent conversations could not be loaded was the picker's description and also a
  // paragraph of its own: a swipe read it twice. The picker keeps it.
  it.each([
    ['en', 'Send to', 'Recent conversations could not be loaded: '],
    ['sw', 'Tuma kwa', 'Mazungumzo ya karibuni hayakuweza kupakiwa: '],
  ] as const)('says why the conversations are missing once (%s)', async (locale, sendTo, failed) => {
    await page.viewport(390, 844)
    const mock = createBriqMock({ seed: 'send-dialog', clock: 'manual' })
    const client = createBriqClient({
      endpoint: '/api/briq',
      headers: { 'X-API-Key': 'wrong-key' },
      fetch: (url, init) => mock.handle(new Request(new URL(url, location.href), init)),
    })
    render(<SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} locale={locale} defaultOpen />)
    const picker = page.getByRole('combobox', { name: sendTo })
    await expect.element(picker).toHaveAccessibleDescription(new RegExp(`^${failed}`))
    const lines = await accessibilityTree('[role="dialog"]')
    expect(lines.filter((line) => line.includes(failed))).toEqual([
      expect.stringMatching(new RegExp(`^\\s*combobox "${sendTo}" — ${failed}`)),
    ])
    expect((await axeReport(document.querySelector('[role="dialog"]') as HTMLElement)).violations).toEqual([])
  })
})

describe("Send's notes read once by a swipe (Chromium, phone)", () => {
  // A note above Send that describes it (a Retry-After hold, a message sent before) was also a
  // paragraph of its own: a swipe read it, then Send's description, the same words twice in a
  // row, as the 24-hour window's note was. Like that note, each is said with Send only.
  for (const locale of ['en', 'sw'] as const) {
    const said = words[locale]
    it(`says a Retry-After hold as Send's description only (${locale})`, async () => {
      await page.viewport(390, 844)
      renderOpenDialog(createMockClient({ scenario: 'rate-limited' }).client, locale)
      const send = page.getByRole('button', { name: said.send, exact: true })
      await send.click()
      await expect.element(send).toHaveAccessibleDescription(new RegExp(`^${said.hold}`))
      await expect.element(page.getByText(new RegExp(`^${said.hold}`))).toBeVisible()
      const lines = await accessibilityTree('[role="dialog"]')
      expect(lines.filter((line) => line.includes(said.hold))).toEqual([
        expect.stringMatching(new RegExp(`^\\s*button "${said.send}" — ${said.hold}`)),
      ])
      expect((await axeReport(document.querySelector('[role="dialog"]') as HTMLElement)).violations).toEqual([])
    })

    it(`says a message sent before as Send's description, not as a paragraph too (${locale})`, async () => {
      await page.viewport(390, 844)
      const { client } = createMockClient()
      const composer = () => (
        <InteractiveComposer
          client={client}
          defaultValue={FEEDBACK_INTERACTIVE}
          sendMode="inline"
          locale={locale}
          defaultTo={FIXTURE_PHONES.open}
        />
      )
      const first = render(composer())
      await page.getByRole('button', { name: said.send, exact: true }).click()
      await expect.element(page.getByRole('region', { name: said.sent })).toBeVisible()
      // A route change and back.
      first.unmount()
      render(composer())
      const note = document.querySelector('[data-sent-before]') as HTMLElement
      await expect.element(note).toBeVisible()
      await expect
        .element(page.getByRole('button', { name: said.send, exact: true }))
        .toHaveAccessibleDescription(new RegExp(`^${said.sentBefore}`))
      expect(await accessibilityTree('[data-sent-before]')).toEqual([])
      expect((await axeReport(note.closest('[role="form"]') as HTMLElement)).violations).toEqual([])
    })
  }
})

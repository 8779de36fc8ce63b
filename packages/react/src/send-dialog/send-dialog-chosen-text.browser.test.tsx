/// <reference types="@vitest/browser-playwright" />
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import '../styles.css'
import { FIXTURE_IDS } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { emulatePreferences } from '../testing/preferences.ts'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createMockClient } from './testing/mock-client.ts'
import { type Box, selectChosenText } from './testing/select-chosen-text.ts'

/** Saved for people to look at; test-artifacts/ is git-ignored. */
const artifact = (name: string) => `../../../../test-artifacts/send-dialog/${name}.png`

afterEach(async () => {
  cleanup()
  await emulatePreferences({ forcedColors: null })
})

const WORDS = {
  en: { from: 'Send from', to: 'Send to', fallback: /^Support line · \+255700000001 \(default\)$/ },
  sw: { from: 'Tuma kutoka', to: 'Tuma kwa', fallback: /^Support line · \+255700000001 \(chaguo-msingi\)$/ },
} as const

/** Half a pixel either way: the protocol's boxes are fractional. */
const inside = (line: Box, content: Box) =>
  line.left >= content.left - 0.5 &&
  line.right <= content.right + 0.5 &&
  line.top >= content.top - 0.5 &&
  line.bottom <= content.bottom + 0.5

/** The field shows its chosen option's whole text: every line of it inside the select's content box. */
async function expectWholeChosenText(select: HTMLSelectElement) {
  const shown = await selectChosenText(select)
  expect(shown.text).toBe(select.selectedOptions[0]?.label)
  expect(shown.lines.length).toBeGreaterThan(0)
  for (const line of shown.lines)
    expect(line, `a line of "${shown.text}" is clipped`).toSatisfy((box: Box) => inside(box, shown.content))
  return shown
}

async function openDialog(locale: 'en' | 'sw') {
  await page.viewport(390, 900)
  const { client } = createMockClient()
  render(<SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} locale={locale} defaultOpen />)
  const sendTo = page.getByRole('combobox', { name: WORDS[locale].to })
  await expect.poll(() => sendTo.element().querySelectorAll('option').length).toBe(4)
  const sendFrom = page.getByRole('combobox', { name: WORDS[locale].from })
  await expect.element(sendFrom).toBeVisible()
  return { sendTo, sendFrom }
}

// A native select draws its chosen option on one line and clips the rest: on a phone the default
// sender lost "(default)"/"(chaguo-msingi)", and a conversation its window's state.
describe('the send dialog shows its pickers’ whole chosen text at 390 px (Chromium)', () => {
  for (const locale of ['en', 'sw'] as const) {
    it(`"${WORDS[locale].from}" shows the whole default sender, and another one chosen by keys (${locale})`, async () => {
      const { sendFrom } = await openDialog(locale)
      const select = sendFrom.element() as HTMLSelectElement
      expect(select.selectedOptions[0]?.label).toMatch(WORDS[locale].fallback)
      await expect.element(sendFrom).toHaveDisplayValue(WORDS[locale].fallback)
      await expectWholeChosenText(select)
      await page.screenshot({ path: artifact(`sender-390-${locale}`) })

      // The option list is still the select's own: keys open it (Alt+Down, as a plain select's
      // off macOS), move, choose, and close it.
      select.focus()
      await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}')
      expect(select.matches(':open')).toBe(true)
      await userEvent.keyboard('{ArrowDown}{Enter}')
      expect(select.matches(':open')).toBe(false)
      await expect.element(sendFrom).toHaveValue('255700000002')
      await expect.element(sendFrom).toHaveFocus()
      await expectWholeChosenText(select)
      // Escape closes the open list, not the dialog.
      await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}')
      await userEvent.keyboard('{Escape}')
      expect(select.matches(':open')).toBe(false)
      await expect.element(page.getByRole('dialog')).toBeVisible()
    })

    it(`"${WORDS[locale].to}" shows a whole chosen conversation (${locale})`, async () => {
      const { sendTo } = await openDialog(locale)
      await sendTo.selectOptions(FIXTURE_IDS.openConversation)
      const select = sendTo.element() as HTMLSelectElement
      const shown = await expectWholeChosenText(select)
      // Long enough to need a second line at this width: the check above is not met trivially.
      expect(new Set(shown.lines.map((line) => Math.round(line.top))).size).toBeGreaterThan(1)
      await page.screenshot({ path: artifact(`conversation-390-${locale}`) })
    })
  }

  it('in forced colours the whole chosen sender stays readable (sw)', async () => {
    await emulatePreferences({ forcedColors: 'active' })
    const { sendFrom } = await openDialog('sw')
    const shown = await expectWholeChosenText(sendFrom.element() as HTMLSelectElement)
    expect(shown.colour).not.toBe(shown.background)
    expect(shown.colour).not.toMatch(/transparent|rgba\(.*, 0\)$/)
    await page.screenshot({ path: artifact('sender-390-sw-forced-colours') })
  })
})

/// <reference types="@vitest/browser-playwright" />
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import '../styles.css'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createMockClient } from './testing/mock-client.ts'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const WORDS = { en: { from: 'Send from', to: 'Send to' }, sw: { from: 'Tuma kutoka', to: 'Tuma kwa' } } as const

async function openDialog(locale: 'en' | 'sw') {
  const { client } = createMockClient()
  render(<SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} locale={locale} defaultOpen />)
  const sendTo = page.getByRole('combobox', { name: WORDS[locale].to })
  await expect.poll(() => sendTo.element().querySelectorAll('option').length).toBe(4)
  return sendTo.element() as HTMLSelectElement
}

/** A plain select (the platform's own look) with the same options, to press the same keys in. */
function plainCopyOf(select: HTMLSelectElement): HTMLSelectElement {
  const plain = document.createElement('select')
  plain.append(...[...select.options].map((option) => option.cloneNode(true)))
  plain.value = select.value
  // Inside the dialog, whose focus trap would refuse it outside.
  select.after(plain)
  return plain
}

/** Presses each key in `select` and notes its value after it, with "(open)" when its list opened. */
async function press(select: HTMLSelectElement, keys: readonly string[]): Promise<string[]> {
  select.focus()
  const seen: string[] = []
  for (const key of keys) {
    await userEvent.keyboard(`{${key}}`)
    seen.push(`${key}=${select.selectedIndex}${select.matches(':open') ? ' (open)' : ''}`)
    if (select.matches(':open')) await userEvent.keyboard('{Escape}')
  }
  return seen
}

const KEYS = ['ArrowDown', 'ArrowRight', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowLeft', 'Home', 'End', 'ArrowUp']

// The pickers are drawn with base-select (a long chosen conversation wraps); on Windows, Linux and
// ChromeOS a closed plain select steps its value on the arrows, Home and End, where base-select
// would open its list on every platform.
describe("the send dialog's pickers answer keys as a plain select does (Chromium)", () => {
  for (const locale of ['en', 'sw'] as const) {
    it(`"${WORDS[locale].to}": the arrows, Home and End choose, the list stays shut (${locale})`, async () => {
      const select = await openDialog(locale)
      expect(getComputedStyle(select).appearance).toBe('base-select')
      const plain = plainCopyOf(select)
      const expected = await press(plain, KEYS)
      plain.remove()
      expect(expected).toEqual([
        'ArrowDown=1',
        'ArrowRight=2',
        'ArrowDown=3',
        'ArrowDown=3',
        'ArrowUp=2',
        'ArrowLeft=1',
        'Home=0',
        'End=3',
        'ArrowUp=2',
      ])
      const onChange = vi.fn()
      select.addEventListener('change', onChange)
      expect(await press(select, KEYS)).toEqual(expected)
      // Each step is a change (the dialog's state follows: the sender picker goes with a conversation).
      expect(onChange).toHaveBeenCalledTimes(8)
      await expect.element(page.getByRole('combobox', { name: WORDS[locale].from })).not.toBeInTheDocument()
      expect(select).toHaveFocus()
      // Alt+Down still opens the list; Escape closes it, not the dialog.
      await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}')
      expect(select.matches(':open')).toBe(true)
      await userEvent.keyboard('{Escape}')
      expect(select.matches(':open')).toBe(false)
      await expect.element(page.getByRole('dialog')).toBeVisible()
    })
  }

  it('"Tuma kutoka" (the sender) steps on the arrows too, its list shut', async () => {
    await openDialog('sw')
    const sendFrom = page.getByRole('combobox', { name: WORDS.sw.from })
    const select = sendFrom.element() as HTMLSelectElement
    expect(await press(select, ['ArrowDown', 'ArrowDown', 'Home'])).toEqual(['ArrowDown=1', 'ArrowDown=1', 'Home=0'])
    expect(await press(select, ['End'])).toEqual(['End=1'])
    await expect.element(sendFrom).toHaveValue('255700000002')
  })

  it('on macOS, where a plain select opens its list on the arrows, they open it', async () => {
    vi.stubGlobal('navigator', Object.create(navigator, { platform: { value: 'MacIntel' } }))
    const select = await openDialog('en')
    expect(await press(select, ['ArrowDown'])).toEqual(['ArrowDown=0 (open)'])
  })
})

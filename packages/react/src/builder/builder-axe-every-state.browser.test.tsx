import { createDraft, INTERACTIVE_TYPES } from '@briq-interactive/core'
import { fireEvent } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { axeReport } from '../testing/axe-report.ts'
import { emulateTouch } from '../testing/touch.ts'
import { renderBuilder } from './testing/browser-builder.tsx'
import { fourButtonsWithEveryIssue } from './testing/issue-drafts.ts'
import { longList } from './testing/long-list.ts'

const KEY = 'axe:every-state'

/** The words the states below are driven by, in both languages (the catalogues'). */
const WORDS = {
  en: {
    body: 'Body text',
    form: 'Form',
    json: 'Interactive object (JSON)',
    guide: 'What each type does',
    remove: 'Remove',
  },
  sw: {
    body: 'Maandishi ya ujumbe',
    form: 'Fomu',
    json: 'Kitu cha interactive (JSON)',
    guide: 'Kila aina inafanya nini',
    remove: 'Ondoa',
  },
} as const

async function expectClean(root: HTMLElement, state: string) {
  const report = await axeReport(root)
  expect(report.violations, state).toEqual([])
  expect(report.contrastUnmeasured, state).toEqual([])
  expect(report.contrastPassed, state).toBeGreaterThan(5)
}

afterEach(async () => {
  vi.restoreAllMocks()
  localStorage.clear()
  await emulateTouch(false)
})

describe('axe finds nothing in any builder state, in both languages and both themes (Chromium)', () => {
  for (const locale of ['en', 'sw'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      const words = WORDS[locale]
      const options = { locale, theme }

      // A test per type: each renders the builder and has axe walk it, up to a second or more on
      // two loaded cores, and all of them in one test met browser mode's 15 s under load 30.
      for (const type of INTERACTIVE_TYPES) {
        it(`${locale}, ${theme}: ${type} as new`, async () => {
          const { root, unmount } = renderBuilder({ ...options, defaultValue: createDraft(type) })
          await expectClean(root, type)
          unmount()
        })
      }

      it(`${locale}, ${theme}: issues, fix-its and suggestions; a refused Remove shown on its item; a long list`, async () => {
        const issues = renderBuilder({ ...options, defaultValue: fourButtonsWithEveryIssue })
        expect(issues.root.querySelectorAll('.bi-builder-fix').length).toBeGreaterThanOrEqual(2)
        await expectClean(issues.root, 'issues')
        issues.unmount()
        const carousel = renderBuilder({ ...options, defaultValue: createDraft('carousel') })
        // The second of two cards cannot go (WhatsApp's minimum): pressed, it says why on the card.
        // (Dimmed with aria-disabled, which Playwright's click waits out: a plain click, as a tap is.)
        ;(page.getByRole('button', { name: words.remove }).nth(1).element() as HTMLElement).click()
        await expect.poll(() => carousel.root.querySelector('.bi-builder-refusal')).not.toBeNull()
        await expectClean(carousel.root, 'refusal')
        carousel.unmount()
        const list = renderBuilder({ ...options, defaultValue: longList })
        await expectClean(list.root, 'long list')
        list.unmount()
      })

      it(`${locale}, ${theme}: the JSON tab with broken JSON, the form's warning, the type guide open`, async () => {
        const { root } = renderBuilder({ ...options, defaultValue: createDraft('list'), defaultTab: 'json' })
        fireEvent.change(page.getByRole('textbox', { name: words.json }).element(), { target: { value: '{ "type": ' } })
        await expectClean(root, 'json broken')
        await userEvent.click(page.getByRole('tab', { name: words.form }))
        await userEvent.click(page.getByText(words.guide))
        await expectClean(root, 'form warning, guide open')
      })

      it(`${locale}, ${theme}: on a touch screen (the 44 px controls)`, async () => {
        await emulateTouch()
        const { root } = renderBuilder({ ...options, defaultValue: fourButtonsWithEveryIssue })
        await expectClean(root, 'touch')
      })

      it(`${locale}, ${theme}: every storage notice: set aside, refused save, another tab's question`, async () => {
        localStorage.setItem(
          KEY,
          JSON.stringify({ version: 2, value: {}, revision: 3, savedAt: 1, session: 'new-kit' }),
        )
        const { root } = renderBuilder({ ...options, persistKey: KEY })
        const setItem = Storage.prototype.setItem
        vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key, value) {
          if (key === KEY) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
          setItem.call(this, key, value)
        })
        await userEvent.fill(page.getByRole('textbox', { name: words.body }), 'Mine')
        window.dispatchEvent(new Event('pagehide'))
        const theirs = JSON.stringify({
          version: 1,
          value: createDraft('list'),
          revision: 9,
          savedAt: Date.now(),
          session: 'other-tab',
        })
        setItem.call(localStorage, KEY, theirs)
        window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: theirs }))
        await expect.poll(() => page.getByRole('alert').elements().length).toBe(3)
        await expectClean(root, 'storage notices')
      })
    }
  }
})

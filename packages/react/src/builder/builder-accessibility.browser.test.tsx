import { createDraft, INTERACTIVE_TYPES } from '@briq-interactive/core'
import { fireEvent } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { axeReport } from '../testing/axe-report.ts'
import { renderBuilder } from './testing/browser-builder.tsx'
import { fourButtonsWithEveryIssue } from './testing/issue-drafts.ts'

async function expectClean(root: HTMLElement) {
  const report = await axeReport(root)
  expect(report.violations).toEqual([])
  expect(report.contrastUnmeasured).toEqual([])
  expect(report.contrastPassed).toBeGreaterThan(5)
}

describe('axe finds nothing in the builder (Chromium)', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const type of INTERACTIVE_TYPES) {
      it(`${type}, ${theme}`, async () => {
        const { root } = renderBuilder({ defaultValue: createDraft(type), theme })
        await expectClean(root)
      })
    }
  }

  it('errors, warnings, fix-its and suggestions shown (light and dark)', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { root, unmount } = renderBuilder({ defaultValue: fourButtonsWithEveryIssue, theme })
      expect(root.querySelectorAll('[aria-invalid="true"]').length).toBeGreaterThanOrEqual(2)
      expect(root.querySelectorAll('.bi-builder-fix').length).toBeGreaterThanOrEqual(2)
      await expectClean(root)
      unmount()
    }
  })

  it('the JSON tab with broken JSON, and the type guide open', async () => {
    const { root } = renderBuilder({ defaultValue: createDraft('list'), defaultTab: 'json', locale: 'sw' })
    fireEvent.change(page.getByRole('textbox', { name: 'Kitu cha interactive (JSON)' }).element(), {
      target: { value: '{ "type": ' },
    })
    await expectClean(root)
    await userEvent.click(page.getByRole('tab', { name: 'Fomu' }))
    await userEvent.click(page.getByText('Kila aina inafanya nini'))
    await expectClean(root)
  })

  it('fix-its in the summary on the JSON tab, held while its text does not parse, and the form having replaced it', async () => {
    const { root } = renderBuilder({ defaultValue: fourButtonsWithEveryIssue, defaultTab: 'json' })
    const summary = page.getByRole('region', { name: 'Problems' })
    await expect.element(summary.getByRole('button', { name: /^Turn the 4 buttons into a list/ })).toBeInTheDocument()
    await expectClean(root)
    fireEvent.change(page.getByRole('textbox', { name: 'Interactive object (JSON)' }).element(), {
      target: { value: '{ "type": ' },
    })
    await expect.element(summary.getByText(/^Fix-its wait until the JSON text parses/)).toBeInTheDocument()
    await expectClean(root)
    await userEvent.click(page.getByRole('tab', { name: 'Form' }))
    await userEvent.type(page.getByRole('textbox', { name: 'Body text' }), '!')
    await expect
      .element(page.getByRole('tabpanel', { name: 'Form' }).getByRole('status'))
      .toHaveTextContent('Your change in the form replaced the JSON text the form could not use. Undo brings it back.')
    await expectClean(root)
  })

  it("another tab's newer draft being asked about", async () => {
    localStorage.clear()
    const { root } = renderBuilder({ defaultValue: createDraft('button'), persistKey: 'a11y:draft' })
    fireEvent.change(page.getByRole('textbox', { name: 'Body text' }).element(), { target: { value: 'Mine' } })
    const theirs = JSON.stringify({
      version: 1,
      value: createDraft('list'),
      revision: 9,
      savedAt: Date.now(),
      session: 'other-tab',
    })
    localStorage.setItem('a11y:draft', theirs)
    window.dispatchEvent(new StorageEvent('storage', { key: 'a11y:draft', newValue: theirs }))
    await expect.element(page.getByRole('alert')).toBeVisible()
    await expectClean(root)
    localStorage.clear()
  })
})

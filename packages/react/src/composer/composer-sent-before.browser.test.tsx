import '../styles.css'
import { createDraft } from '@briq-interactive/core'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import { axeReport } from '../testing/axe-report.ts'
import { InteractiveComposer } from './interactive-composer.tsx'

afterEach(cleanup)

const SAID =
  /^This message was already sent to \+255712345678 at \d\d:\d\d today\. Pressing Send asks before sending it again\./

for (const width of [390, 1280] as const) {
  describe(`a composer mounted again after its send, at ${width} px (Chromium)`, () => {
    it('says quietly, before the press, that the message went: seen, describing Send, accessible', async () => {
      await page.viewport(width, 900)
      const { client, sends } = createMockClient()
      const composer = () => (
        <InteractiveComposer
          client={client}
          sendMode="inline"
          defaultValue={createDraft('button')}
          defaultTo={FIXTURE_PHONES.open}
        />
      )
      const first = render(composer())
      await page.getByRole('button', { name: 'Send', exact: true }).click()
      await expect.element(page.getByRole('region', { name: 'Message sent' })).toBeVisible()
      // A route change and back.
      first.unmount()
      render(composer())

      const note = document.querySelector('[data-sent-before="sent"]') as HTMLElement
      await expect.element(note).toBeVisible()
      expect(note.textContent).toMatch(SAID)
      // Quiet: a note, not an alert; Send carries it for whoever reaches Send first.
      expect(note.closest('[role="alert"], [aria-live="assertive"]')).toBeNull()
      await expect.element(page.getByRole('button', { name: 'Send', exact: true })).toHaveAccessibleDescription(SAID)
      // Above Send, inside the send form, and nothing sticks out sideways on a phone.
      const send = page.getByRole('button', { name: 'Send', exact: true }).element().getBoundingClientRect()
      expect(note.getBoundingClientRect().bottom).toBeLessThanOrEqual(send.top)
      expect(note.scrollWidth).toBeLessThanOrEqual(note.clientWidth)
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width)
      note.scrollIntoView({ block: 'nearest' })
      const report = await axeReport(note.closest('[role="form"]') as HTMLElement)
      expect(report.violations).toEqual([])
      expect(report.contrastUnmeasured).toEqual([])
      expect(report.contrastPassed).toBeGreaterThan(0)
      expect(sends).toHaveLength(1)
    })
  })
}

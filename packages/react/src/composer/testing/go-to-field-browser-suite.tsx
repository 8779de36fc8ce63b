import { createBriqClient, LIMITS } from '@briq-interactive/core'
import { createBriqMock, DEFAULT_API_KEY, FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { createMockClient } from '../../send-dialog/testing/mock-client.ts'
import { axeReport } from '../../testing/axe-report.ts'
import { InteractiveComposer } from '../interactive-composer.tsx'

const reply = (id: string, title: string) => ({ type: 'reply', reply: { id, title } })
// An empty body and a 30-character Button 2 title: "2 errors to fix before sending".
const twoErrors = {
  type: 'button',
  body: { text: '' },
  action: { buttons: [reply('yes', 'Yes'), reply('later', 'Remind me on some other day ok')] },
}

const settled = () =>
  Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)))
const dialogViolations = async () => {
  await settled()
  return (await axeReport(document.querySelector('[role="dialog"]') as HTMLElement)).violations
}

/**
 * The send dialog's "Go to …" buttons in a composer, in Chromium: the builder's field takes focus
 * once the modal dialog has closed (not the trigger Radix gives it back to), under the React the
 * project runs.
 */
export function describeComposerGoToField() {
  afterEach(cleanup)

  describe('InteractiveComposer: "Go to …" from the send dialog (Chromium)', () => {
    it.each(['en', 'sw'] as const)(
      '%s: focus lands in the field once the dialog has closed; axe finds nothing',
      async (locale) => {
        const { client } = createMockClient()
        render(<InteractiveComposer client={client} defaultValue={twoErrors} locale={locale} />)
        const en = locale === 'en'
        await userEvent.click(page.getByRole('button', { name: en ? 'Send' : 'Tuma', exact: true }))
        const dialog = page.getByRole('dialog')
        const goTo = dialog.getByRole('button', { name: en ? 'Go to Button 2 title' : 'Nenda kwenye Jina la kitufe 2' })
        await expect.element(goTo).toBeVisible()
        expect(await dialogViolations()).toEqual([])
        await userEvent.click(goTo)
        await expect.element(page.getByRole('dialog')).not.toBeInTheDocument()
        const title = page.getByRole('textbox', { name: en ? 'Button 2 title' : 'Jina la kitufe 2', exact: true })
        await expect.element(title).toHaveFocus()
        await expect.element(title).toHaveAttribute('aria-invalid', 'true')
        // Still there once every give-back of focus has run (Radix's own to the trigger included).
        await settled()
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
        await expect.element(title).toHaveFocus()
        // Typed into at once: it is the field, not a button over it.
        await userEvent.keyboard('{Control>}a{/Control}Later')
        await expect.element(title).toHaveValue('Later')
      },
    )

    it("a server's refusal naming the field: the button there goes to it too; axe finds nothing", async () => {
      // The page allows a list body of 4096 (the list guide); the server, strict, Meta's 1024.
      const rule = { extendedListBody: true }
      const mock = createBriqMock({ seed: 'composer-go-to-field', clock: 'manual', strict: true })
      let posts = 0
      const client = createBriqClient({
        endpoint: '/api/briq',
        headers: { 'X-API-Key': DEFAULT_API_KEY },
        validation: rule,
        fetch: async (url, init) => {
          if (init.method === 'POST') posts += 1
          return mock.handle(new Request(new URL(url, location.href), init))
        },
      })
      const list = {
        type: 'list',
        body: { text: 'a'.repeat(LIMITS.body.text.max + 10) },
        action: { button: 'Choose', sections: [{ title: 'Times', rows: [{ id: 'one', title: 'One' }] }] },
      }
      render(
        <InteractiveComposer client={client} defaultValue={list} validation={rule} defaultTo={FIXTURE_PHONES.open} />,
      )
      await userEvent.click(page.getByRole('button', { name: 'Send', exact: true }))
      const dialog = page.getByRole('dialog')
      await userEvent.click(dialog.getByRole('button', { name: 'Send', exact: true }))
      const goTo = dialog.getByRole('region', { name: 'Not sent' }).getByRole('button', { name: 'Go to Body text' })
      await expect.element(goTo).toBeVisible()
      // Refused by the server (the page let it through), not by a check of the page's own.
      expect(posts).toBe(1)
      expect(await dialogViolations()).toEqual([])
      await userEvent.click(goTo)
      await expect.element(page.getByRole('dialog')).not.toBeInTheDocument()
      await expect.element(page.getByRole('textbox', { name: 'Body text', exact: true })).toHaveFocus()
    })
  })
}

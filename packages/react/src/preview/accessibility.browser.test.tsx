import type { InteractiveReply } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { axeReport } from '../testing/axe-report.ts'
import { edgeFixtures, validFixtures } from './fixtures.ts'
import { animationsSettled, renderPreview } from './testing/browser-render.tsx'

const themes = ['light', 'dark'] as const
const fixtures: [string, unknown][] = [...Object.entries(validFixtures), ...Object.entries(edgeFixtures)]
/** One answer of each kind the reply bubble shows (a list row with its description). */
const customerReplies: InteractiveReply[] = [
  { type: 'button_reply', button_reply: { id: 'a', title: 'Leo jioni' } },
  { type: 'list_reply', list_reply: { id: 'a', title: 'Kimara – Gerezani', description: 'Kila dakika 8' } },
  { type: 'location', location: { latitude: -6.82, longitude: 39.28, name: 'Kariakoo' } },
  { type: 'call_permission_reply', call_permission_reply: { response: 'accept', is_permanent: true } },
  { type: 'nfm_reply', nfm_reply: { name: 'flow', body: 'Sent', response_json: '{"flow_token":"t"}' } },
]

/**
 * Runs axe on the preview and lists violations as readable lines (empty when clean). Contrast is
 * really measured (axeReport has axe look past the kit's decorative pseudo-elements); text under
 * an open sheet's backdrop stays unmeasured, which is not a violation.
 */
async function violations(root: HTMLElement): Promise<string[]> {
  return (await axeReport(root)).violations
}

describe('axe-core finds no violations (Chromium)', () => {
  for (const theme of themes) {
    for (const [name, value] of fixtures) {
      it(`${name}, ${theme}`, async () => {
        const { root } = renderPreview(value, { theme })
        expect(await violations(root)).toEqual([])
      })
    }

    it(`the open list sheet with a row chosen, ${theme}`, async () => {
      const { root } = renderPreview(validFixtures.list, { theme })
      await page.getByRole('button', { name: 'Chagua njia' }).click()
      await page.getByRole('radio', { name: /Kimara – Gerezani/ }).click()
      await expect.element(page.getByRole('button', { name: 'Send' })).not.toHaveAttribute('aria-disabled')
      await animationsSettled()
      expect(await violations(root)).toEqual([])
    })

    for (const name of ['elevenRows', 'listMissingParts'] as const) {
      it(`the open sheet of ${name}, ${theme}`, async () => {
        const { root } = renderPreview(edgeFixtures[name], { theme })
        await page.getByRole('button', { name: 'Wilaya' }).click()
        await expect.element(page.getByRole('dialog')).toBeVisible()
        // axe judges aria-hidden focusables against an open modal only once the sheet is shown.
        await animationsSettled()
        expect(await violations(root)).toEqual([])
      })
    }

    it(`a draft's buttons with no text yet (reply, list, URL, flow, carousel), ${theme}`, async () => {
      const reply = { type: 'reply', reply: { id: 'a', title: '' } }
      const card = (card_index: number) => ({
        card_index,
        type: 'cta_url',
        header: { type: 'image', image: { link: '' } },
        action: { buttons: [{ type: 'quick_reply', quick_reply: { id: `q${card_index}`, title: '' } }] },
      })
      const drafts = [
        { type: 'button', body: { text: 'b' }, action: { buttons: [reply] } },
        { type: 'list', body: { text: 'b' }, action: { button: '', sections: [{ rows: [{ id: 'r', title: '' }] }] } },
        {
          type: 'cta_url',
          body: { text: 'b' },
          action: { name: 'cta_url', parameters: { display_text: '', url: '' } },
        },
        { type: 'flow', body: { text: 'b' }, action: { name: 'flow', parameters: { flow_cta: '' } } },
        { type: 'carousel', body: { text: 'b' }, action: { cards: [card(0), card(1)] } },
      ]
      for (const draft of drafts) {
        const { root, unmount } = renderPreview(draft, { theme })
        expect(await violations(root), draft.type).toEqual([])
        unmount()
      }
    })

    it(`the open sheet of a list whose row has no title yet, ${theme}`, async () => {
      const rows = [
        { id: 'a', title: '' },
        { id: 'b', title: 'Kesho' },
      ]
      const { root } = renderPreview(
        { type: 'list', body: { text: 'b' }, action: { button: 'Chagua', sections: [{ rows }] } },
        { theme },
      )
      await page.getByRole('button', { name: 'Chagua' }).click()
      await expect.element(page.getByRole('dialog')).toBeVisible()
      await animationsSettled()
      expect(await violations(root)).toEqual([])
    })

    it(`reply buttons, cards and quick replies past their count, ${theme}`, async () => {
      const reply = (id: string) => ({ type: 'reply', reply: { id, title: id } })
      const card = (card_index: number) => ({
        card_index,
        type: 'cta_url',
        header: { type: 'image', image: { link: 'https://images.example.co.tz/kariakoo-sale.jpg' } },
        action: {
          buttons: ['a', 'b', 'c'].map((id) => ({
            type: 'quick_reply',
            quick_reply: { id: `${id}${card_index}`, title: id },
          })),
        },
      })
      const drafts = [
        { type: 'button', body: { text: 'b' }, action: { buttons: ['a', 'b', 'c', 'd'].map(reply) } },
        { type: 'carousel', body: { text: 'b' }, action: { cards: Array.from({ length: 11 }, (_, i) => card(i)) } },
      ]
      for (const draft of drafts) {
        const { root, unmount } = renderPreview(draft, { theme })
        expect(root.querySelector('[data-overflow]'), draft.type).not.toBeNull()
        expect(await violations(root), draft.type).toEqual([])
        unmount()
      }
    })

    it(`the customer's reply bubble, ${theme}`, async () => {
      const { root } = renderPreview(validFixtures.buttonTextHeader, { theme })
      await page.getByRole('button', { name: 'Leo jioni' }).click()
      expect(await violations(root)).toEqual([])
    })

    // WhatsApp's classic greys fall under 4.5:1 on its green reply bubble and the product panel.
    it(`every fixture and every kind of customer reply in the classic palette, ${theme}`, async () => {
      const found: string[] = []
      for (const [name, value] of fixtures) {
        const { root, unmount } = renderPreview(value, { theme, palette: 'classic' })
        found.push(...(await violations(root)).map((line) => `${name}: ${line}`))
        unmount()
      }
      for (const reply of customerReplies) {
        const { root, unmount } = renderPreview(validFixtures.list, { theme, palette: 'classic', reply })
        found.push(...(await violations(root)).map((line) => `${reply.type}: ${line}`))
        unmount()
      }
      expect(found).toEqual([])
    })
  }
})

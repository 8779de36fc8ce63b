import { createDraft } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { renderBuilder } from './testing/browser-builder.tsx'

describe('one-line text holding a line break (Chromium drops it from an input)', () => {
  it('shows every line, keeps the break through typing, and a fix-it joins the lines', async () => {
    const draft = createDraft('button')
    let latest: unknown
    renderBuilder({
      defaultValue: {
        ...draft,
        action: { buttons: [{ type: 'reply', reply: { id: 'ndiyo', title: 'Ndiyo\nsasa' } }] },
      },
      onValueChange: (value) => {
        latest = value
      },
    })
    const title = page.getByRole('textbox', { name: 'Button 1 title' })
    await expect.element(title).toHaveValue('Ndiyo\nsasa')
    await expect
      .element(title)
      .toHaveAccessibleDescription(/Button 1 title has a line break \(U\+000A\) at position 6;/)
    const area = title.element() as HTMLTextAreaElement
    await userEvent.click(title)
    area.setSelectionRange(area.value.length, area.value.length)
    await userEvent.keyboard('!{Enter}')
    await expect.element(title).toHaveValue('Ndiyo\nsasa!')
    expect(latest).toMatchObject({ action: { buttons: [{ reply: { title: 'Ndiyo\nsasa!' } }] } })
    await page.getByRole('button', { name: 'Delete the 1 control character' }).click()
    await expect.element(title).toHaveValue('Ndiyo sasa!')
    expect(title.element().tagName).toBe('INPUT')
    expect(latest).toMatchObject({ action: { buttons: [{ reply: { title: 'Ndiyo sasa!' } }] } })
  })
})

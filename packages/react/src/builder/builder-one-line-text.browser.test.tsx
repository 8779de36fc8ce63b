import { createDraft } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { renderBuilder } from './testing/browser-builder.tsx'

describe('one-line text holding a line break (Chromium drops it from an input)', () => {
  it('shows the break as a space, and typing keeps the words apart', async () => {
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
    await expect.element(title).toHaveValue('Ndiyo sasa')
    await userEvent.type(title, '!')
    await expect.element(title).toHaveValue('Ndiyo sasa!')
    expect(latest).toMatchObject({ action: { buttons: [{ reply: { title: 'Ndiyo sasa!' } }] } })
  })
})

import '../styles.css'
import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { spoken } from '../testing/spoken.ts'
import { renderPreview } from './testing/browser-render.tsx'

// A title past its limit is named whole and described by what passes it; the description's
// parts are joined by a space, so each ends with a full stop or the next ran on into it.
describe('an over-long title’s description as a screen reader is given it (Chromium)', () => {
  it('ends the overflow before a link’s title and after a row’s description', async () => {
    const parameters = { display_text: 'Fuatilia mzigo wako sasa hivi', url: 'https://example.co.tz/f' }
    renderPreview({ type: 'cta_url', body: { text: 'Mzigo' }, action: { name: 'cta_url', parameters } })
    expect(await spoken(page.getByRole('link').element())).toBe(
      'link "Fuatilia mzigo wako sasa hivi" — Text past the 20-character limit: sasa hivi. Opens https://example.co.tz/f in a new tab',
    )
    const rows = [{ id: 'a', title: 'Kimara hadi Kivukoni kupitia', description: 'Kila dakika 8' }]
    const sections = [
      { title: 'Mabasi ya mwendo kasi sana', rows },
      { title: 'B', rows: [{ id: 'b', title: 'Posta' }] },
    ]
    renderPreview({ type: 'list', body: { text: 'Chagua' }, action: { button: 'Njia', sections } })
    await userEvent.click(page.getByRole('button', { name: 'Njia' }))
    expect(await spoken(page.getByRole('radio', { name: 'Kimara hadi Kivukoni kupitia' }).element())).toBe(
      'radio "Kimara hadi Kivukoni kupitia" — Kila dakika 8. Text past the 24-character limit: itia.',
    )
    expect(await spoken(page.getByRole('group', { name: 'Mabasi ya mwendo kasi sana' }).element())).toBe(
      'group "Mabasi ya mwendo kasi sana" — Text past the 24-character limit: na.',
    )
  })
})

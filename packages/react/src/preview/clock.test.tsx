import { fireEvent, render, screen, within } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendInteractiveDialog } from '../send-dialog/send-interactive-dialog.tsx'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import { FIXTURE_TIME, validFixtures } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'

const NBSP = '\u00a0'
const timeIn = (root: ParentNode) => root.querySelector('time')?.textContent
const previews = () => screen.getAllByRole('region', { name: /WhatsApp message preview|Onyesho la ujumbe wa WhatsApp/ })

// WhatsApp shows a message's time on the phone's clock: 12 hours on an en-US phone, 24 in East
// Africa (en-KE, sw-TZ) and most of the world. The preview takes the clock of its locale's tag.
describe("the preview's time follows the clock of its locale's tag (jsdom)", () => {
  it.each([
    [undefined, '09:41'],
    ['en', '09:41'],
    ['sw', '09:41'],
    ['sw-TZ', '09:41'],
    ['en-KE', '09:41'],
    ['en-US', `9:41${NBSP}AM`],
    ['sw-TZ-u-hc-h12', `9:41${NBSP}AM`],
    ['en-US-u-hc-h23', '09:41'],
  ])('locale %s shows %s', (locale, shown) => {
    const { container } = render(
      <InteractivePreview value={validFixtures.buttonTextHeader} time={FIXTURE_TIME} locale={locale} />,
    )
    expect(timeIn(container)).toBe(shown)
    const root = container.querySelector('section') as HTMLElement
    expect(root.dataset.hourCycle).toBe(shown.includes('AM') ? 'h12' : undefined)
  })

  it('in server HTML too, as the browser renders it (a zone-less time hydrates unchanged)', () => {
    const html = renderToString(
      <InteractivePreview value={validFixtures.buttonTextHeader} time={FIXTURE_TIME} locale="en-US" />,
    )
    expect(html).toContain(`<time class="bi-time">9:41${NBSP}AM</time>`)
    expect(html).toContain('data-hour-cycle="h12"')
  })

  it("takes the provider's tag", () => {
    const { client } = createMockClient()
    render(
      <BriqProvider client={client} locale="en-US">
        <InteractivePreview value={validFixtures.buttonTextHeader} time={FIXTURE_TIME} />
      </BriqProvider>,
    )
    expect(timeIn(previews()[0] as HTMLElement)).toBe(`9:41${NBSP}AM`)
  })

  it('in the composer and the send dialog it opens', () => {
    const { client } = createMockClient()
    render(<InteractiveComposer client={client} locale="sw-TZ-u-hc-h12" />)
    const twelveHours = /^(1[0-2]|[1-9]):[0-5]\d\u00a0(AM|PM)$/
    expect(timeIn(previews()[0] as HTMLElement)).toMatch(twelveHours)
    fireEvent.click(screen.getByRole('button', { name: 'Tuma' }))
    const dialog = screen.getByRole('dialog')
    expect(timeIn(within(dialog).getByRole('region', { name: /WhatsApp/ }))).toMatch(twelveHours)
  })

  it('in the send dialog', () => {
    const { client } = createMockClient()
    render(
      <SendInteractiveDialog client={client} interactive={validFixtures.buttonTextHeader} locale="en-US" defaultOpen />,
    )
    const dialog = screen.getByRole('dialog')
    expect(timeIn(within(dialog).getByRole('region', { name: 'WhatsApp message preview' }))).toMatch(
      /^(1[0-2]|[1-9]):[0-5]\d\u00a0(AM|PM)$/,
    )
  })
})

import { createDraft } from '@briq-interactive/core'
import { DEFAULT_API_KEY } from '@briq-interactive/mock'
import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { validFixtures } from '../preview/fixtures.ts'
import { InteractivePreview } from '../preview/interactive-preview.tsx'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendInteractiveDialog } from '../send-dialog/send-interactive-dialog.tsx'
import { startMockServer } from '../send-dialog/testing/mock-server.ts'
import type { Messages } from './messages.ts'

startMockServer('react-host-messages')

// A host's own words for the preview: its landmark and WhatsApp's product list button.
const english = {
  'preview.region': 'What the customer sees',
  'preview.viewItems': 'Open the menu',
} satisfies Partial<Messages>
const swahili = { 'preview.region': 'Anachoona mteja', 'preview.viewItems': 'Fungua menyu' } satisfies Partial<Messages>

const withProvider = (children: React.ReactNode) => (
  <BriqProvider endpoint="http://localhost/api/briq" headers={{ 'X-API-Key': DEFAULT_API_KEY }}>
    {children}
  </BriqProvider>
)

describe('a host rewords the preview with `messages`', () => {
  it('InteractivePreview takes them; the keys not given keep the locale’s words', () => {
    render(<InteractivePreview value={validFixtures.productList} locale="sw" messages={swahili} />)
    const region = screen.getByRole('region', { name: 'Anachoona mteja' })
    expect(within(region).getByRole('button', { name: 'Fungua menyu' })).toBeInTheDocument()
    // The product count is not overridden: still Swahili ("Bidhaa 4", not "4 items").
    expect(region).toHaveTextContent('Bidhaa 4')
  })

  it('an override given with one locale does not follow the preview into the other', () => {
    const { rerender } = render(<InteractivePreview value={validFixtures.productList} locale="en" messages={english} />)
    expect(screen.getByRole('button', { name: 'Open the menu' })).toBeInTheDocument()
    rerender(<InteractivePreview value={validFixtures.productList} locale="sw" messages={swahili} />)
    expect(screen.getByRole('button', { name: 'Fungua menyu' })).toBeInTheDocument()
    rerender(<InteractivePreview value={validFixtures.productList} locale="sw" />)
    expect(screen.getByRole('region', { name: 'Onyesho la ujumbe wa WhatsApp' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Tazama bidhaa' })).toBeInTheDocument()
  })

  it('InteractiveComposer words its preview with them, as it words its builder', () => {
    render(withProvider(<InteractiveComposer defaultValue={validFixtures.productList} messages={english} />))
    const region = screen.getByRole('region', { name: 'What the customer sees' })
    expect(within(region).getByRole('button', { name: 'Open the menu' })).toBeInTheDocument()
  })

  it('SendInteractiveDialog words its preview with them', () => {
    render(
      withProvider(
        <SendInteractiveDialog interactive={validFixtures.productList} defaultOpen locale="sw" messages={swahili} />,
      ),
    )
    const dialog = screen.getByRole('dialog', { name: 'Tuma ujumbe' })
    const region = within(dialog).getByRole('region', { name: 'Anachoona mteja' })
    expect(within(region).getByRole('button', { name: 'Fungua menyu' })).toBeInTheDocument()
  })

  it('the composer’s send dialog words its preview with them too', async () => {
    render(withProvider(<InteractiveComposer defaultValue={createDraft('list')} messages={english} />))
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send' }))
    const dialog = screen.getByRole('dialog', { name: 'Send message' })
    expect(within(dialog).getByRole('region', { name: 'What the customer sees' })).toBeInTheDocument()
  })
})

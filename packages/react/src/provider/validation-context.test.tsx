import { LIMITS } from '@briq-interactive/core'
import { render, screen, cleanup as unmountAll, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { InteractiveBuilder } from '../builder/interactive-builder.tsx'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { InteractivePreview } from '../preview/interactive-preview.tsx'
import { SendInteractiveDialog } from '../send-dialog/send-interactive-dialog.tsx'
import { BriqProvider } from './briq-provider.tsx'

// A list body between the reference's 1024 and the list guide's 4096: valid only with extendedListBody.
const longListBody = {
  type: 'list',
  body: { text: 'a'.repeat(LIMITS.body.text.max + 500) },
  action: { button: 'Choose', sections: [{ rows: [{ id: 'one', title: 'One' }] }] },
}
const extended = { extendedListBody: true }

const preview = () => screen.getByRole('region', { name: 'WhatsApp message preview' })
const dialogErrors = () => screen.queryByRole('region', { name: /errors? to fix before sending/ })

describe("BriqProvider's validation reaches the preview and the send dialog", () => {
  it('the preview marks the long list body by default and not under extendedListBody', () => {
    const { unmount } = render(<InteractivePreview value={longListBody} />)
    expect(preview()).toHaveAttribute('data-invalid')
    unmount()
    render(
      <BriqProvider endpoint="/api/briq" validation={extended}>
        <InteractivePreview value={longListBody} />
      </BriqProvider>,
    )
    expect(preview()).not.toHaveAttribute('data-invalid')
  })

  it("a preview's own validation prop wins over the provider's", () => {
    render(
      <BriqProvider endpoint="/api/briq" validation={extended}>
        <InteractivePreview value={longListBody} validation={{}} />
      </BriqProvider>,
    )
    expect(preview()).toHaveAttribute('data-invalid')
  })

  it('the dialog blocks the long list body by default and lets it through under extendedListBody', () => {
    const { unmount } = render(
      <BriqProvider endpoint="/api/briq">
        <SendInteractiveDialog interactive={longListBody} defaultOpen defaultTo="255712345678" />
      </BriqProvider>,
    )
    expect(dialogErrors()).toHaveTextContent(`${LIMITS.body.text.max}`)
    expect(preview()).toHaveAttribute('data-invalid')
    unmount()
    render(
      <BriqProvider endpoint="/api/briq" validation={extended}>
        <SendInteractiveDialog interactive={longListBody} defaultOpen defaultTo="255712345678" />
      </BriqProvider>,
    )
    expect(dialogErrors()).toBeNull()
    expect(preview()).not.toHaveAttribute('data-invalid')
  })

  it('works with a client given as a prop too', () => {
    render(
      <BriqProvider client={{} as never} validation={extended}>
        <SendInteractiveDialog interactive={longListBody} defaultOpen defaultTo="255712345678" />
      </BriqProvider>,
    )
    expect(dialogErrors()).toBeNull()
  })
})

// Checking with the defaults instead would make the preview disagree with the proxy, which refuses
// the same options: every place options enter throws core's sentence, naming who was given them.
describe('validation options that are no reading of the rules are refused where they enter', () => {
  const typo = { extendedListBodies: true } as never
  const unknown =
    'Unknown validation option "extendedListBodies"; use extendedListBody, allowFlowMediaHeader, carouselQuickReplyMax'
  // React reports a render error on the console as well; the throw is what is under test.
  const quietly = (run: () => void) => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      run()
    } finally {
      spy.mockRestore()
    }
  }

  it.each([
    ['an endpoint', { endpoint: '/api/briq' }],
    ['a client', { client: {} as never }],
  ])('BriqProvider with %s', (_label, props) => {
    quietly(() => {
      expect(() => render(<BriqProvider {...props} validation={typo} />)).toThrow(
        new TypeError(`<BriqProvider validation>: ${unknown}`),
      )
      expect(() => render(<BriqProvider {...props} validation={{ carouselQuickReplyMax: 4 as never }} />)).toThrow(
        new TypeError('<BriqProvider validation>: carouselQuickReplyMax must be 2 or 3, got 4'),
      )
    })
  })

  it('a component’s own validation prop', () => {
    quietly(() => {
      expect(() => render(<InteractivePreview value={longListBody} validation={typo} />)).toThrow(
        new TypeError(`<InteractivePreview validation>: ${unknown}`),
      )
      expect(() =>
        render(
          <BriqProvider endpoint="/api/briq">
            <SendInteractiveDialog
              interactive={longListBody}
              defaultOpen
              validation={{ extendedListBody: 'yes' as never }}
            />
          </BriqProvider>,
        ),
      ).toThrow(new TypeError('<SendInteractiveDialog validation>: extendedListBody must be true or false, got "yes"'))
      expect(() => render(<InteractiveBuilder validation={typo} />)).toThrow(
        new TypeError(`<InteractiveBuilder validation>: ${unknown}`),
      )
    })
  })

  it('a good reading, written inline, still renders (undefined options are left out)', () => {
    render(
      <BriqProvider endpoint="/api/briq" validation={{ extendedListBody: true, carouselQuickReplyMax: undefined }}>
        <InteractivePreview value={longListBody} validation={{ carouselQuickReplyMax: 3 }} />
      </BriqProvider>,
    )
    expect(preview()).toHaveAttribute('data-invalid')
  })

  // A JavaScript host writes `validation={cond ? options : null}`; the validators read null as no
  // options, so a render must not fail on it.
  it('null is no options: a component inherits, the provider uses the defaults', () => {
    const { unmount } = render(
      <BriqProvider endpoint="/api/briq" validation={extended}>
        <InteractivePreview value={longListBody} validation={null as never} />
      </BriqProvider>,
    )
    expect(preview()).not.toHaveAttribute('data-invalid')
    unmount()
    render(
      <BriqProvider endpoint="/api/briq" validation={null as never}>
        <InteractivePreview value={longListBody} />
      </BriqProvider>,
    )
    expect(preview()).toHaveAttribute('data-invalid')
  })
})

// The composer given its own `endpoint` makes only its own client: the provider's settings
// above it still apply to its builder, preview and send step.
describe('an InteractiveComposer with its own endpoint inside a BriqProvider', () => {
  it("keeps the provider's validation options and catalogue", () => {
    render(
      <BriqProvider
        endpoint="/api/briq"
        validation={extended}
        catalogue={{ 'shoe-1': { name: 'Kiatu cha ngozi', price: 45000, currency: 'TZS' } }}
      >
        <InteractiveComposer endpoint="/api/other" defaultValue={longListBody} />
      </BriqProvider>,
    )
    expect(preview()).not.toHaveAttribute('data-invalid')
    expect(screen.queryByText(/characters; WhatsApp allows/)).toBeNull()
    unmountAll()
    render(
      <BriqProvider
        endpoint="/api/briq"
        catalogue={{ 'shoe-1': { name: 'Kiatu cha ngozi', price: 45000, currency: 'TZS' } }}
      >
        <InteractiveComposer
          endpoint="/api/other"
          defaultValue={{
            type: 'product',
            body: { text: 'Hiki' },
            action: { catalog_id: 'c1', product_retailer_id: 'shoe-1' },
          }}
        />
      </BriqProvider>,
    )
    expect(within(preview()).getByText('Kiatu cha ngozi')).toBeInTheDocument()
  })
})

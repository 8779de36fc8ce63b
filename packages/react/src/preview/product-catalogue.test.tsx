import { FIXTURE_CATALOGUE } from '@briq-interactive/mock'
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { FIXTURE_TIME, validFixtures } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'

const region = () => screen.getByRole('region', { name: /^(WhatsApp message preview|Onyesho la ujumbe wa WhatsApp)$/ })
const summary = () => region().querySelector('.bi-bubble .bi-product') as HTMLElement
// Intl writes a no-break space between the currency and the amount.
const spaced = (text: string | null | undefined) => (text ?? '').replace(/\u00a0/g, ' ')

describe('InteractivePreview with a product catalogue', () => {
  it('shows a single product as the customer sees it: picture, name and price', () => {
    render(<InteractivePreview value={validFixtures.product} time={FIXTURE_TIME} catalogue={FIXTURE_CATALOGUE} />)
    expect(summary()).toHaveTextContent('Tecno Spark 20 (128 GB)')
    expect(spaced(summary().textContent)).toContain('TZS 385,000')
    expect(summary().querySelector('img')).toHaveAttribute(
      'src',
      'https://images.example.co.tz/products/tecno-spark-20.jpg',
    )
    expect(summary()).not.toHaveTextContent('tecno-spark-20')
  })

  it('writes the price the Swahili way in a Swahili preview', () => {
    render(<InteractivePreview value={validFixtures.product} locale="sw" catalogue={FIXTURE_CATALOGUE} />)
    expect(spaced(summary().textContent)).toContain('TSh 385,000')
  })

  // WhatsApp Web's product list card (WAWebBizProductListMessagePreview): the first product's
  // picture, the header as the list's title and the count; the header is not drawn again above.
  it('titles a product list’s card with its header, with the count and the first picture', () => {
    render(<InteractivePreview value={validFixtures.productList} catalogue={FIXTURE_CATALOGUE} />)
    expect(summary()).toHaveTextContent('Vyakula vya wiki hii4 items')
    expect(document.querySelector('.bi-header')).toBeNull()
    expect(summary().querySelector('img')).toHaveAttribute(
      'src',
      'https://images.example.co.tz/products/mchele-kyela-5kg.jpg',
    )
  })

  it('marks a product list title past its limit, uncut', () => {
    const value = {
      ...(validFixtures.productList as Record<string, unknown>),
      header: { type: 'text', text: 'x'.repeat(70) },
    }
    render(<InteractivePreview value={value} />)
    const title = summary().querySelector('.bi-product-title') as HTMLElement
    expect(title).toHaveAttribute('data-overflow')
    expect(title).toHaveAttribute('data-invalid')
    expect(title.querySelector('mark[data-overflow]')).toHaveTextContent('x'.repeat(10))
  })

  it('names a draft product list’s products while it has no header yet', () => {
    const { header: _, ...headless } = validFixtures.productList as Record<string, unknown>
    render(<InteractivePreview value={headless} catalogue={FIXTURE_CATALOGUE} />)
    expect(summary()).toHaveTextContent(
      'Mchele wa Kyela, kilo 5, Unga wa sembe, kilo 2, Embe dodo, kilo 1 and 1 more4 items',
    )
    expect(summary().querySelector('img')).toHaveAttribute(
      'src',
      'https://images.example.co.tz/products/mchele-kyela-5kg.jpg',
    )
  })

  it('gives every card of a product carousel its picture, name and price', () => {
    render(<InteractivePreview value={validFixtures.carouselProducts} catalogue={FIXTURE_CATALOGUE} />)
    const card = screen.getByRole('article', { name: 'Card 2 of 3' })
    expect(within(card).getByText('Infinix Hot 40 (256 GB)')).toBeInTheDocument()
    expect(spaced(card.textContent)).toContain('TZS 455,000')
    expect(card.querySelector('img')).toHaveAttribute('src', 'https://images.example.co.tz/products/infinix-hot-40.jpg')
  })

  it('shows the catalog message with its thumbnail product’s picture', () => {
    render(<InteractivePreview value={validFixtures.catalog} catalogue={FIXTURE_CATALOGUE} />)
    expect(summary().querySelector('img')).toHaveAttribute(
      'src',
      'https://images.example.co.tz/products/kitenge-blue-01.jpg',
    )
  })

  it('falls back to the ids (and the bag glyph) without a catalogue or for an unknown product', () => {
    const { rerender } = render(<InteractivePreview value={validFixtures.product} />)
    expect(summary()).toHaveTextContent('tecno-spark-20')
    expect(summary().querySelector('img')).toBeNull()
    rerender(<InteractivePreview value={validFixtures.product} catalogue={{ other: { name: 'Other' } }} />)
    expect(summary()).toHaveTextContent('tecno-spark-20Product')
    const { header: _, ...headless } = validFixtures.productList as Record<string, unknown>
    rerender(<InteractivePreview value={headless} catalogue={{}} />)
    expect(summary()).toHaveTextContent('Product4 items')
  })

  it('reads the catalogue from the BriqProvider; its own prop wins', () => {
    const { rerender } = render(
      <BriqProvider endpoint="/api/briq" catalogue={FIXTURE_CATALOGUE}>
        <InteractivePreview value={validFixtures.product} />
      </BriqProvider>,
    )
    expect(summary()).toHaveTextContent('Tecno Spark 20 (128 GB)')
    rerender(
      <BriqProvider endpoint="/api/briq" catalogue={FIXTURE_CATALOGUE}>
        <InteractivePreview value={validFixtures.product} catalogue={{ 'tecno-spark-20': { name: 'Simu ya Tecno' } }} />
      </BriqProvider>,
    )
    expect(summary()).toHaveTextContent('Simu ya TecnoProduct')
  })

  it('never shows a picture from a link that is not http(s)', () => {
    render(
      <InteractivePreview
        value={validFixtures.product}
        catalogue={{ 'tecno-spark-20': { name: 'Simu', image: 'javascript:alert(1)' } }}
      />,
    )
    expect(summary().querySelector('img')).toBeNull()
  })
})

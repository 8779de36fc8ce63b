import type { CatalogueProduct } from '@briq-interactive/core'
import { memo, type ReactNode } from 'react'
import { ownLang } from '../i18n/own-lang.tsx'
import { equalData } from './equal-data.ts'
import { formatPrice } from './format-price.ts'
import { FormattedText } from './formatted-text.tsx'
import { Icon, type IconName } from './icons.tsx'
import { type DraftMessage, isMediaHeader } from './normalize.ts'
import { useIssues, usePreview } from './preview-context.ts'
import { safeHref } from './safe-href.ts'

/** Names of a product list shown in its bubble before "and the rest" (the sheet lists them all). */
const NAMED_IN_BUBBLE = 3

const lookUp = (catalogue: Readonly<Record<string, CatalogueProduct>> | undefined, id: string | undefined) =>
  id !== undefined && catalogue !== undefined && Object.hasOwn(catalogue, id) ? catalogue[id] : undefined

/** The product's picture from the catalogue, else WhatsApp-style placeholder glyph. */
export function ProductThumb({ product, icon }: { product: CatalogueProduct | undefined; icon: IconName }): ReactNode {
  const src = safeHref(typeof product?.image === 'string' ? product.image : undefined)
  return (
    <span className="bi-product-thumb" data-empty={src ? undefined : ''}>
      {/* The name beside it says what the picture shows. */}
      {src ? (
        <img className="bi-product-img" src={src} alt="" loading="lazy" decoding="async" referrerPolicy="no-referrer" />
      ) : (
        <Icon name={icon} />
      )}
    </span>
  )
}

/** A product card of a product carousel: picture, name and price, as the catalogue gives them. */
export function ProductCardTop({ productId }: { productId: string }): ReactNode {
  const { catalogue, locale } = usePreview()
  const product = lookUp(catalogue, productId)
  const price = formatPrice(product, locale)
  return (
    <div className="bi-product" data-kind="card" data-known={product ? '' : undefined}>
      <ProductThumb product={product} icon="bag" />
      <span className="bi-product-text">
        {/* The catalogue's name for it, or its id: in no language the preview or the message can claim. */}
        <span className="bi-product-name" dir="auto" lang="">
          {product?.name || productId}
        </span>
        {price ? <span className="bi-product-meta">{price}</span> : null}
      </span>
    </div>
  )
}

/**
 * A product list's card, as WhatsApp shows it (WAWebBizProductListMessagePreview): the first
 * product's picture, the message's text header as the list's title on one line, and the count.
 * Without a header yet (a draft), the products the catalogue names, else "Product".
 */
function ProductListCard({ draft }: { draft: DraftMessage }): ReactNode {
  const { t, catalogue, messageLang, locale } = usePreview()
  const issues = useIssues()
  const known = draft.productIds.map((id) => lookUp(catalogue, id)).filter((p) => p !== undefined)
  const title = draft.header?.kind === 'text' && draft.header.text.value !== '' ? draft.header.text : undefined
  const overflow = issues.overflow(title)
  const names = known.slice(0, NAMED_IN_BUBBLE).map((p) => p.name)
  const more = draft.productCount - names.length
  // The header WhatsApp requires (Meta's Share products guide) is this card's title: one missing,
  // empty or malformed marks the card. A media header is drawn, and barred, on its own.
  const mediaHeader = isMediaHeader(draft.header)
  return (
    <div
      className="bi-product"
      data-kind="product_list"
      data-known={known.length > 0 ? '' : undefined}
      data-invalid={!mediaHeader && issues.has(['header']) ? '' : undefined}
    >
      <ProductThumb product={known.find((p) => safeHref(p.image) !== undefined)} icon="bag" />
      <span className="bi-product-text">
        {title ? (
          <span
            className="bi-product-name bi-product-title"
            dir="auto"
            lang={messageLang}
            data-overflow={overflow ? '' : undefined}
            data-invalid={issues.has(title.path) ? '' : undefined}
          >
            <FormattedText text={title.value} overflow={overflow} plain />
          </span>
        ) : (
          <span
            className="bi-product-name"
            dir="auto"
            // The catalogue's names are in no language the preview or the message can claim.
            lang={
              names.length === 0
                ? ownLang(t, 'preview.product', locale)
                : more > 0
                  ? ownLang(t, 'preview.productNamesMore', locale)
                  : ''
            }
          >
            {names.length === 0
              ? t('preview.product')
              : more > 0
                ? t('preview.productNamesMore', { names: names.join(', '), count: more })
                : names.join(', ')}
          </span>
        )}
        <span className="bi-product-meta" lang={ownLang(t, 'preview.productCount', locale)}>
          {t('preview.productCount', { count: draft.productCount })}
        </span>
      </span>
    </div>
  )
}

/**
 * The product card at the top of a product, product-list or catalog bubble. With a catalogue it
 * shows what the customer sees (picture, name, price); without one, the ids the draft names.
 */
function ProductSummaryView({ draft }: { draft: DraftMessage }): ReactNode {
  const { t, catalogue, locale } = usePreview()
  if (draft.type === 'product') {
    const product = lookUp(catalogue, draft.productId)
    const price = formatPrice(product, locale)
    return (
      <div className="bi-product" data-kind="product" data-known={product ? '' : undefined}>
        <ProductThumb product={product} icon="bag" />
        <span className="bi-product-text">
          <span
            className="bi-product-name"
            dir="auto"
            lang={product?.name || draft.productId ? '' : ownLang(t, 'preview.product', locale)}
          >
            {product?.name || draft.productId || t('preview.product')}
          </span>
          <span
            className="bi-product-meta"
            lang={price === undefined ? ownLang(t, 'preview.product', locale) : undefined}
          >
            {price ?? t('preview.product')}
          </span>
        </span>
      </div>
    )
  }
  if (draft.type === 'product_list') {
    return <ProductListCard draft={draft} />
  }
  if (draft.type === 'catalog_message') {
    return (
      <div className="bi-product" data-kind="catalog">
        <ProductThumb product={lookUp(catalogue, draft.thumbnailProductId)} icon="catalog" />
        <span className="bi-product-text">
          <span className="bi-product-name" lang={ownLang(t, 'preview.catalog', locale)}>
            {t('preview.catalog')}
          </span>
        </span>
      </div>
    )
  }
  return null
}

/** Re-renders only when what it shows changes (not with the body or the buttons). */
export const ProductSummary = memo(
  ProductSummaryView,
  ({ draft: a }, { draft: b }) =>
    a.type === b.type &&
    a.productId === b.productId &&
    a.productCount === b.productCount &&
    a.thumbnailProductId === b.thumbnailProductId &&
    a.header === b.header &&
    equalData(a.productIds, b.productIds),
)

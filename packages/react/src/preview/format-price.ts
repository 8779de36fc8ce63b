import type { CatalogueProduct } from '@briq-interactive/core'

const formats = new Map<string, Intl.NumberFormat | null>()

function priceFormat(locale: string, currency: string, whole: boolean): Intl.NumberFormat | null {
  const key = `${locale}|${currency}|${whole}`
  let format = formats.get(key)
  if (format === undefined) {
    try {
      // Catalogues mostly price in whole shillings: "TSh 385,000", not "TSh 385,000.00".
      format = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
      })
    } catch {
      // An unknown currency code: shown as written instead.
      format = null
    }
    formats.set(key, format)
  }
  return format
}

/**
 * A catalogue product's price as the customer's phone shows it in `locale` ("TSh 385,000" in
 * Swahili, "TZS 385,000" in English), or undefined when the product has no usable price.
 */
export function formatPrice(product: CatalogueProduct | undefined, locale: string): string | undefined {
  const price = product?.price
  if (typeof price !== 'number' || !Number.isFinite(price)) return undefined
  const currency = typeof product?.currency === 'string' ? product.currency.trim().toUpperCase() : ''
  if (currency === '') return new Intl.NumberFormat(locale).format(price)
  const format = priceFormat(locale, currency, Number.isInteger(price))
  return format ? format.format(price) : `${currency} ${price}`
}

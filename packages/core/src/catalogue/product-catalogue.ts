/**
 * One product of your WhatsApp (Meta commerce) catalogue as the customer sees it. Product,
 * product-list and product-card carousel messages name products only by
 * `product_retailer_id`; WhatsApp fills in the rest from the catalogue
 * (https://developers.facebook.com/docs/whatsapp/cloud-api/guides/sell-products-and-services/share-products),
 * so a preview needs this to show what the customer will see.
 */
export interface CatalogueProduct {
  /** The product's name as the catalogue shows it. */
  name: string
  /** The price in major units (`450000` for TZS 450,000). Not shown when absent. */
  price?: number | undefined
  /** ISO 4217 currency code of `price`, e.g. `TZS`. */
  currency?: string | undefined
  /** An absolute http(s) link to the product's main image. */
  image?: string | undefined
}

/** Products by `product_retailer_id` (the catalogue's "Content ID"). */
export type ProductCatalogue = Readonly<Record<string, CatalogueProduct>>

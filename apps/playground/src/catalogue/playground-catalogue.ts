import type { ProductCatalogue } from '@briq-interactive/core'
import { FIXTURE_CATALOGUE } from '@briq-interactive/mock'
// no-inline: the preview shows only http(s) pictures, never a data: URL Vite would inline.
import productPicture from './product-picture.svg?no-inline'

/**
 * The mock shop's catalogue (the mock's `FIXTURE_CATALOGUE`), with its pictures (on
 * example.co.tz, which no one reaches) swapped for one served by the playground itself, so the
 * page stays offline.
 */
export function playgroundCatalogue(origin: string): ProductCatalogue {
  const picture = new URL(productPicture, origin).href
  return Object.fromEntries(
    Object.entries(FIXTURE_CATALOGUE).map(([id, product]) => [id, { ...product, image: picture }]),
  )
}

/// <reference types="vite/client" />
// no-inline: Vite would otherwise turn the small file into a data: URL, which the preview refuses.
import samplePhoto from './sample-media/sample-photo.svg?no-inline'

/**
 * The fixtures point their images at example.co.tz, which no test machine can reach. Stories,
 * browser tests and the benchmark swap those links for an original sample picture served
 * beside this file, so screenshots show a photo the way WhatsApp would instead of a gap.
 */

/** Absolute URL of the sample picture (absolute because the preview only shows http(s) media). */
export const SAMPLE_IMAGE_URL: string = new URL(samplePhoto, globalThis.location?.href ?? 'http://localhost/').href

const REMOTE_IMAGE = /^https:\/\/images\.example\.co\.tz\//

/** A deep copy of `value` whose example.co.tz image links point at the sample picture. */
export function withLocalMedia<T>(value: T): T {
  if (typeof value === 'string') return (REMOTE_IMAGE.test(value) ? SAMPLE_IMAGE_URL : value) as T
  if (Array.isArray(value)) return value.map((item) => withLocalMedia(item)) as T
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withLocalMedia(v)])) as T
  }
  return value
}

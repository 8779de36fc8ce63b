/// <reference types="vite/client" />
// no-inline: Vite would otherwise turn the small file into a data: URL, which the preview refuses.
import samplePhoto from './sample-media/sample-photo.svg?no-inline'
import samplePhotoPortrait from './sample-media/sample-photo-portrait.svg?no-inline'
import samplePhotoTall from './sample-media/sample-photo-tall.svg?no-inline'
import sampleVideo from './sample-media/sample-video.mp4?no-inline'
import sampleVideoPortrait from './sample-media/sample-video-portrait.mp4?no-inline'

/**
 * The fixtures point their images and videos at example.co.tz, which no test machine can reach.
 * Stories, browser tests and the benchmark swap those links for an original sample picture and
 * a 3-second video of it (H.264, recorded in Chromium) served beside this file, so screenshots
 * show a photo and a video's length the way WhatsApp would instead of a gap.
 */

const absolute = (path: string) => new URL(path, globalThis.location?.href ?? 'http://localhost/').href

/** Absolute URL of the sample picture (absolute because the preview only shows http(s) media). */
export const SAMPLE_IMAGE_URL: string = absolute(samplePhoto)

/** Absolute URL of the sample video (3.3 seconds: the preview shows 0:03). */
export const SAMPLE_VIDEO_URL: string = absolute(sampleVideo)

/** Absolute URL of a portrait (450 × 800) sample picture. */
export const SAMPLE_PORTRAIT_IMAGE_URL: string = absolute(samplePhotoPortrait)

/** Absolute URL of a picture taller than any video (200 × 800, 1:4). */
export const SAMPLE_TALL_IMAGE_URL: string = absolute(samplePhotoTall)

/** Absolute URL of a portrait (360 × 640, 9:16) sample video of the sample picture (2.3 seconds). */
export const SAMPLE_PORTRAIT_VIDEO_URL: string = absolute(sampleVideoPortrait)

const REMOTE_IMAGE = /^https:\/\/images\.example\.co\.tz\//
const REMOTE_VIDEO = /^https:\/\/media\.example\.co\.tz\/.+\.mp4$/

const localLink = (link: string) =>
  REMOTE_IMAGE.test(link) ? SAMPLE_IMAGE_URL : REMOTE_VIDEO.test(link) ? SAMPLE_VIDEO_URL : link

/** A deep copy of `value` whose example.co.tz image and video links point at the local samples. */
export function withLocalMedia<T>(value: T): T {
  if (typeof value === 'string') return localLink(value) as T
  if (Array.isArray(value)) return value.map((item) => withLocalMedia(item)) as T
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withLocalMedia(v)])) as T
  }
  return value
}

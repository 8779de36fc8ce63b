import type * as z from 'zod/mini'
import { LIMITS } from '../limits.ts'
import { type Payload, text } from './anything.ts'
import { report } from './issue-detail.ts'
import { hint } from './json-hints.ts'
import { object, optional } from './object.ts'
import { httpUrl, identifier, limitedText } from './text.ts'

const mediaId = identifier(LIMITS.media.id)
const mediaLink = httpUrl(LIMITS.ctaUrl.url)

// Meta's media object (Messages API reference) has a caption; for an interactive message's
// header Meta says nothing of one, and client libraries (whatsapp-api-js) refuse it, so it is
// a warning that WhatsApp may not show it or may refuse it, never an error in WhatsApp's name.
const headerCaption = hint(
  text().check((payload) => report(payload, { code: 'not_recommended', reason: 'header_caption', warning: true })),
  'string',
)

type MediaShape = { id?: string | undefined; link?: string | undefined }

const exactlyOneSource = (payload: Payload<MediaShape>) => {
  const { id, link } = payload.value
  if (id === undefined && link === undefined) {
    report(payload, { code: 'required', reason: 'media_source_required' })
  } else if (id !== undefined && link !== undefined) {
    report(payload, { code: 'conflict', reason: 'media_source_conflict' }, ['link'])
  }
}

/** An image or video: exactly one of an uploaded media `id` or an http(s) `link` (Meta, Messages API reference, media object). */
export const mediaSchema = hint(
  object(
    {
      /** The id of media uploaded to WhatsApp (Meta's recommendation). */
      id: optional(mediaId),
      /** A public http(s) URL WhatsApp downloads. */
      link: optional(mediaLink),
      /** Meta's media object takes a caption; a message header shows none (a warning). */
      caption: optional(headerCaption),
    },
    exactlyOneSource,
  ),
  'media_source',
)

/** A document: like other media, plus the file name shown on the file card. */
export const documentSchema = hint(
  object(
    {
      id: optional(mediaId),
      link: optional(mediaLink),
      /** The file name shown to the customer, e.g. "invoice-0042.pdf". */
      filename: optional(limitedText(LIMITS.media.filename, 'line')),
      /** As an image's: shown nowhere on a header (a warning). */
      caption: optional(headerCaption),
    },
    exactlyOneSource,
  ),
  'media_source',
)

/** An image or video: an uploaded media id or a public link, exactly one of them. */
export type Media = z.infer<typeof mediaSchema>
/** A document: a media id or a link, and the file name the customer sees. */
export type DocumentMedia = z.infer<typeof documentSchema>

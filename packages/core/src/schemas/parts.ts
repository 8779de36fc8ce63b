import type * as z from 'zod/mini'
import { LIMITS } from '../limits.ts'
import { byType } from './by-type.ts'
import { literal } from './literal.ts'
import { documentSchema, mediaSchema } from './media.ts'
import { object, optional } from './object.ts'
import { limitedText } from './text.ts'

// Meta's header object (Messages API reference; OpenAPI HeaderObject) takes an optional
// `sub_text` of ≤60 characters whatever the header's type; no guide uses it: accepted, not rendered.
const subText = optional(limitedText(LIMITS.header.subText, 'line'))

/** A text header: bold, no markdown, 1–60 characters. */
export const textHeaderSchema = object({
  type: literal('text'),
  text: limitedText(LIMITS.header.text, 'line'),
  /** Listed in Meta's reference, unused by its guides; accepted, not rendered. */
  sub_text: subText,
})

/** An image header. */
export const imageHeaderSchema = object({ type: literal('image'), image: mediaSchema, sub_text: subText })
/** A video header. */
export const videoHeaderSchema = object({ type: literal('video'), video: mediaSchema, sub_text: subText })
/** A document header (shown as a file card). */
export const documentHeaderSchema = object({ type: literal('document'), document: documentSchema, sub_text: subText })

// A carousel card's header is its own object: Meta's Interactive media carousel messages guide
// gives it a type and the media, no sub_text.
/** A carousel card's image header. */
export const imageCardHeaderSchema = object({ type: literal('image'), image: mediaSchema })
/** A carousel card's video header. */
export const videoCardHeaderSchema = object({ type: literal('video'), video: mediaSchema })

/** Any header: text, image, video or document. Which kinds a message type allows is checked per type. */
export const headerSchema = byType([textHeaderSchema, imageHeaderSchema, videoHeaderSchema, documentHeaderSchema])

/** The message body: WhatsApp formatting and emoji render; 1–1024 characters. */
export const bodySchema = object({ text: limitedText(LIMITS.body.text) })

// Meta's Messages API reference gives a footer's text the body's "emojis, markdown, and links are
// supported" (https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages): text
// drawn as the body is, under it, so a line break shows there and is not warned of.
/** The grey footer: 1–60 characters. */
export const footerSchema = object({ text: limitedText(LIMITS.footer.text) })

/** A field a message type does not allow: present at all is an error. */
export const notAllowed = optional()

/** A message header: text, image, video or document, as the message type allows. */
export type Header = z.infer<typeof headerSchema>
/** A text header (bold above the body). */
export type TextHeader = z.infer<typeof textHeaderSchema>
export type { HeaderKind } from './message-parts.ts'

import * as z from 'zod/mini'
import { LIMITS } from '../limits.ts'
import { MESSAGE_PARTS } from './message-parts.ts'
import { bodyField, footerField, headerField } from './part-fields.ts'
import { httpUrl, limitedText } from './text.ts'

/** The single URL button: a label and an absolute http(s) URL (Meta, Interactive CTA URL messages guide). */
export const ctaUrlParametersSchema = z.strictObject({
  display_text: limitedText(LIMITS.ctaUrl.displayText),
  url: httpUrl(LIMITS.ctaUrl.url),
})

/** A call-to-action URL message. */
export const ctaUrlInteractiveSchema = z.strictObject({
  type: z.literal('cta_url'),
  header: headerField(MESSAGE_PARTS.cta_url),
  body: bodyField(MESSAGE_PARTS.cta_url),
  footer: footerField(MESSAGE_PARTS.cta_url),
  action: z.strictObject({ name: z.literal('cta_url'), parameters: ctaUrlParametersSchema }),
})

/** A call-to-action URL message. */
export type CtaUrlInteractive = z.infer<typeof ctaUrlInteractiveSchema>

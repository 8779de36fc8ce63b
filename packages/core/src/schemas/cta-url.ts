import type * as z from 'zod/mini'
import { LIMITS } from '../limits.ts'
import { literal } from './literal.ts'
import { MESSAGE_PARTS } from './message-parts.ts'
import { object } from './object.ts'
import { partFields } from './part-fields.ts'
import { httpUrl, limitedText } from './text.ts'

/** The single URL button: a label and an absolute http(s) URL (Meta, Interactive CTA URL messages guide). */
export const ctaUrlParametersSchema = object({
  display_text: limitedText(LIMITS.ctaUrl.displayText, 'line'),
  url: httpUrl(LIMITS.ctaUrl.url),
})

/** A call-to-action URL message. */
export const ctaUrlInteractiveSchema = object({
  type: literal('cta_url'),
  ...partFields(MESSAGE_PARTS.cta_url),
  action: object({ name: literal('cta_url'), parameters: ctaUrlParametersSchema }),
})

/** A call-to-action URL message. */
export type CtaUrlInteractive = z.infer<typeof ctaUrlInteractiveSchema>

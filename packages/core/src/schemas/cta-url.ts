import * as z from 'zod/mini'
import { LIMITS } from '../limits.ts'
import { literal } from './literal.ts'
import { MESSAGE_PARTS } from './message-parts.ts'
import { partFields } from './part-fields.ts'
import { httpUrl, limitedText } from './text.ts'

/** The single URL button: a label and an absolute http(s) URL (Meta, Interactive CTA URL messages guide). */
export const ctaUrlParametersSchema = z.strictObject({
  display_text: limitedText(LIMITS.ctaUrl.displayText),
  url: httpUrl(LIMITS.ctaUrl.url),
})

/** A call-to-action URL message. */
export const ctaUrlInteractiveSchema = z.strictObject({
  type: literal('cta_url'),
  ...partFields(MESSAGE_PARTS.cta_url),
  action: z.strictObject({ name: literal('cta_url'), parameters: ctaUrlParametersSchema }),
})

/** A call-to-action URL message. */
export type CtaUrlInteractive = z.infer<typeof ctaUrlInteractiveSchema>

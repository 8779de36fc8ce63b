import * as z from 'zod/mini'
import { LIMITS } from '../limits.ts'
import { bodySchema, footerSchema, headerSchema } from './parts.ts'
import { httpUrl, limitedText } from './text.ts'

/** The single URL button: a label and an absolute http(s) URL (§2.3). */
export const ctaUrlParametersSchema = z.strictObject({
  display_text: limitedText(LIMITS.ctaUrl.displayText),
  url: httpUrl(LIMITS.ctaUrl.url),
})

/** A call-to-action URL message. */
export const ctaUrlInteractiveSchema = z.strictObject({
  type: z.literal('cta_url'),
  header: z.optional(headerSchema),
  body: bodySchema,
  footer: z.optional(footerSchema),
  action: z.strictObject({ name: z.literal('cta_url'), parameters: ctaUrlParametersSchema }),
})

/** A call-to-action URL message. */
export type CtaUrlInteractive = z.infer<typeof ctaUrlInteractiveSchema>

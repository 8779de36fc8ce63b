import type * as z from 'zod/mini'
import { describeCharacter } from '../i18n/character-label.ts'
import { isRecord } from '../is-record.ts'
import { FLOW_MESSAGE_VERSION, LIMITS } from '../limits.ts'
import { EMOJI, textStyleEmoji } from '../text-length.ts'
import { crossCheck } from './cross-check.ts'
import { field, report, stringField } from './issue-detail.ts'
import { hint } from './json-hints.ts'
import { advisedLengthIssue } from './length-issue.ts'
import { literal } from './literal.ts'
import { allowedHeaderKinds, MESSAGE_PARTS } from './message-parts.ts'
import { object, optional } from './object.ts'
import { partFields } from './part-fields.ts'
import { plainObject } from './plain-object.ts'
import type { ResolvedSchemaOptions } from './schema-options.ts'
import { identifier, limitedText } from './text.ts'

/** The flow parameters (Meta, Sending a Flow guide): exactly one of `flow_id` and `flow_name`, checked by the flow's own check. */
export const flowParametersSchema = hint(
  object({
    flow_message_version: literal(FLOW_MESSAGE_VERSION),
    flow_id: optional(identifier(LIMITS.flow.id)),
    flow_name: optional(identifier(LIMITS.flow.name)),
    /** The button label; ≤30 characters, no emoji (above 20 is warned: libraries cap at 20). */
    flow_cta: limitedText(LIMITS.flow.cta, 'line'),
    mode: optional(literal(['draft', 'published'])),
    flow_token: optional(limitedText(LIMITS.flow.token, 'id')),
    flow_action: optional(literal(['navigate', 'data_exchange'])),
    flow_action_payload: optional(
      object({
        screen: optional(identifier(LIMITS.flow.screen)),
        // Empty is refused by the flow's own check below (flow_data_empty); the JSON Schema says so.
        data: optional(hint(plainObject(), 'filled_object')),
      }),
    ),
  }),
  'flow_source',
)

const FLOW_MEDIA_HEADER_KINDS: readonly string[] = MESSAGE_PARTS.flow.optionalHeader

/** Builds the flow schema; media headers only with `allowFlowMediaHeader` (Meta's examples use text headers only; pywa allows media). */
export function createFlowInteractiveSchema(options: ResolvedSchemaOptions) {
  const parts = partFields(MESSAGE_PARTS.flow)
  return object(
    {
      type: literal('flow'),
      ...parts,
      header: hint(parts.header, 'flow_header'),
      action: object({ name: literal('flow'), parameters: flowParametersSchema }),
    },
    crossCheck((value, ctx) => {
      const headerType = stringField(field(value, 'header'), 'type')
      const allowed: readonly string[] = allowedHeaderKinds('flow', options)
      // The header schema takes every kind (the media ones are refused below unless enabled), so
      // its issue for an unknown kind (gif, a typo) lists them all: name only those allowed here.
      for (const issue of ctx.issues as { code?: string; path?: unknown[]; options?: unknown[] }[]) {
        if (issue.code === 'invalid_union' && issue.path?.join('.') === 'header.type') issue.options = [...allowed]
      }
      // Only the media kinds the header schema takes: any other kind (gif, a typo) is already
      // the schema's one issue at header.type, and a second sentence would contradict it.
      if (headerType !== undefined && FLOW_MEDIA_HEADER_KINDS.includes(headerType) && !allowed.includes(headerType)) {
        report(ctx, { code: 'not_allowed', reason: 'flow_media_header', params: { kind: headerType } }, [
          'header',
          'type',
        ])
      }
      const parameters = field(field(value, 'action'), 'parameters')
      if (!isRecord(parameters)) return
      const at = (key: string) => ['action', 'parameters', key]
      const hasId = field(parameters, 'flow_id') !== undefined
      const hasName = field(parameters, 'flow_name') !== undefined
      if (hasId === hasName) {
        report(
          ctx,
          hasId ? { code: 'conflict', reason: 'flow_id_and_name' } : { code: 'required', reason: 'flow_id_or_name' },
          at(hasId ? 'flow_name' : 'flow_id'),
        )
      }
      const cta = stringField(parameters, 'flow_cta')
      if (cta !== undefined) {
        // Meta's Sending a Flow guide says "no emoji" without saying which characters count
        // (https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/guides/sendingaflow):
        // "❤" (U+2764) or "✔" without U+FE0F draws as text by default but as an emoji in many
        // apps. WhatsApp may accept it, so a warning (whatsapp-api-js refuses every pictograph).
        const symbol = textStyleEmoji(cta)
        if (EMOJI.test(cta)) report(ctx, { code: 'invalid_value', reason: 'no_emoji' }, at('flow_cta'))
        else if (symbol !== undefined) {
          const params = { character: describeCharacter(symbol) }
          report(ctx, { code: 'not_recommended', reason: 'maybe_emoji', params, warning: true }, at('flow_cta'))
        }
        const advised = advisedLengthIssue(LIMITS.flow.cta, cta)
        if (advised !== undefined) report(ctx, advised, at('flow_cta'))
      }
      const payload = field(parameters, 'flow_action_payload')
      if (payload !== undefined && field(parameters, 'flow_action') === 'data_exchange') {
        report(ctx, { code: 'not_allowed', reason: 'flow_payload_navigate_only' }, at('flow_action_payload'))
      }
      const data = field(payload, 'data')
      // Empty as sent: JSON drops a key whose value is undefined.
      if (
        typeof data === 'object' &&
        data !== null &&
        !Array.isArray(data) &&
        !Object.values(data).some((value) => value !== undefined)
      ) {
        report(ctx, { code: 'too_few', limit: 1, actual: 0, reason: 'flow_data_empty' }, [
          'action',
          'parameters',
          'flow_action_payload',
          'data',
        ])
      }
    }),
  )
}

/** A flow message. */
export type FlowInteractive = z.infer<ReturnType<typeof createFlowInteractiveSchema>>

import { LIMITS } from '@briq-interactive/core'
import { validationError } from '../http/api-error.ts'
import type { SendCommand } from '../operations/accept-send.ts'
import type { MockRuntime } from '../runtime.ts'
import { checkUnifiedTarget } from './send-target.ts'
import { templateContent } from './template-content.ts'

/** A text send (G2 `type: "text"`, G3 `/messages/text`): `body` of 1–4096 characters, window-gated. */
export function textCommand(body: Record<string, unknown>, windowsClosed: boolean): SendCommand {
  const target = checkUnifiedTarget(body)
  const { min, max } = LIMITS.send.text
  if (typeof body.body !== 'string' || body.body.length < min || body.body.length > max) {
    throw validationError('body', `body must be text of ${min}–${max} characters for a text message`)
  }
  return {
    target,
    type: 'text',
    content: { body: body.body },
    plannedFailure: null,
    checkWindow: true,
    opensWindow: false,
    windowsClosed,
  }
}

/** A template send (G2 `type: "template"`, G3 `/messages/template`): needs no window and opens it. */
export function templateCommand(
  runtime: MockRuntime,
  body: Record<string, unknown>,
  windowsClosed: boolean,
): SendCommand {
  const target = checkUnifiedTarget(body)
  return {
    target,
    type: 'template',
    content: templateContent(runtime.store, body),
    plannedFailure: null,
    checkWindow: false,
    opensWindow: true,
    windowsClosed,
  }
}

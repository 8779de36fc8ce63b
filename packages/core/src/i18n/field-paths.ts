import type { IssuePath } from '../issue.ts'

/** The path of the item a field belongs to: `[…,"buttons",1,"reply","id"]` → `[…,"buttons",1]`. */
export function containerPath(path: readonly (string | number)[]): IssuePath {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'number') return path.slice(0, i + 1)
  return path.slice(0, -1)
}

/** The path of the object that holds the last key: `["action","colour"]` → `["action"]`. */
export const ownerPath = (path: readonly (string | number)[]): IssuePath => path.slice(0, -1)

/** Whether the path is the message's type: `["type"]`, or `["interactive","type"]` in a send request. */
export function isMessageTypePath(path: readonly (string | number)[]): boolean {
  return (
    (path.length === 1 && path[0] === 'type') || (path.length === 2 && path[0] === 'interactive' && path[1] === 'type')
  )
}

/** Whether the path ends at an id (`id`, `flow_id`, `product_retailer_id`…): the customer never sees one. */
export function isIdPath(path: readonly (string | number)[]): boolean {
  const last = path.at(-1)
  return typeof last === 'string' && (last === 'id' || last.endsWith('_id'))
}

// Values WhatsApp hands back to the business and never shows the customer: a flow's token (in
// the completion webhook), its first screen's id, and a call button's payload (`cta_payload` in
// the calls webhook) (Meta, Sending a Flow guide; Call button messages guide).
const UNSEEN_KEYS: Readonly<Record<string, string>> = {
  flow_token: 'parameters',
  screen: 'flow_action_payload',
  payload: 'parameters',
}

/** Whether the customer never sees the field's value: an id (`isIdPath`), a flow token, a flow's first screen or a call payload. */
export function isUnseenPath(path: readonly (string | number)[]): boolean {
  const last = path.at(-1)
  return (
    isIdPath(path) ||
    (typeof last === 'string' && Object.hasOwn(UNSEEN_KEYS, last) && UNSEEN_KEYS[last] === path.at(-2))
  )
}

/**
 * Whether the path is a send request's field only Briq reads (`sender`, `template_name`): no part
 * of the message, so the customer never sees it. Not whose rule it breaks (`Issue.rule`): a text
 * send's `body` is Briq's rule and still the text the customer reads.
 */
export function isBriqFieldPath(path: readonly (string | number)[]): boolean {
  return path.length === 1 && (path[0] === 'sender' || path[0] === 'template_name')
}

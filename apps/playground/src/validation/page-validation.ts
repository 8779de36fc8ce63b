import {
  carouselQuickReplyLimit,
  VALIDATE_OPTION_FLAGS as FLAGS,
  readCarouselQuickReplyMax,
  type ValidateOptions,
} from '@briq-interactive/core'

/**
 * The environment variables that start the playground with the validation switches on, named
 * as the proxy's (`PROXY_EXTENDED_LIST_BODY`…) with Vite's prefix; `1` is on.
 */
export interface ValidationEnv {
  VITE_BRIQ_EXTENDED_LIST_BODY?: string | undefined
  VITE_BRIQ_ALLOW_FLOW_MEDIA_HEADER?: string | undefined
  /** `2` or `3`. */
  VITE_BRIQ_CAROUSEL_QUICK_REPLIES?: string | undefined
}

// A switch given as `?extended-list-body`, `=1`, `=true`, `=on` or `=yes` is on; any other value
// (`=0`, `=no`, a typo) leaves it at the default, off, as the proxy never guesses a switch either.
const ON = new Set(['', '1', 'true', 'on', 'yes'])
function readSwitch(query: URLSearchParams, name: string, env: string | undefined): boolean {
  const given = query.get(name)
  if (given !== null) return ON.has(given.trim().toLowerCase())
  return env?.trim() === '1'
}

/**
 * The validation options the page starts with: its query parameters (the mock's flag names,
 * core's `VALIDATE_OPTION_FLAGS`: `?extended-list-body&carousel-quick-replies=3`),
 * else the `VITE_BRIQ_*` environment, else core's defaults. So a playground beside
 * `briq-mock --extended-list-body` or a proxy with `PROXY_EXTENDED_LIST_BODY=1` can open with
 * the same reading of the rules. A value that is not a switch or one of core's
 * `CAROUSEL_QUICK_REPLY_MAX_READINGS` is left at the default.
 */
export function pageValidation(search: string, env: ValidationEnv = {}): ValidateOptions {
  const query = new URLSearchParams(search)
  const options: ValidateOptions = {}
  if (readSwitch(query, FLAGS.extendedListBody, env.VITE_BRIQ_EXTENDED_LIST_BODY)) {
    options.extendedListBody = true
  }
  if (readSwitch(query, FLAGS.allowFlowMediaHeader, env.VITE_BRIQ_ALLOW_FLOW_MEDIA_HEADER)) {
    options.allowFlowMediaHeader = true
  }
  const quickReplies = query.get(FLAGS.carouselQuickReplyMax) ?? env.VITE_BRIQ_CAROUSEL_QUICK_REPLIES ?? ''
  const picked = readCarouselQuickReplyMax(quickReplies)
  if (picked !== undefined && picked !== carouselQuickReplyLimit().max) options.carouselQuickReplyMax = picked
  return options
}

/**
 * `search` with the options written in (switches on as `?extended-list-body`, 3 quick replies
 * as `carousel-quick-replies=3`, defaults left out), other parameters kept: a reload or a copied
 * link opens with the same rules.
 */
export function searchWithValidation(search: string, options: ValidateOptions): string {
  const query = new URLSearchParams(search)
  for (const name of Object.values(FLAGS)) query.delete(name)
  if (options.extendedListBody) query.set(FLAGS.extendedListBody, '1')
  if (options.allowFlowMediaHeader) query.set(FLAGS.allowFlowMediaHeader, '1')
  const quickReplies = carouselQuickReplyLimit(options).max
  if (quickReplies !== carouselQuickReplyLimit().max) query.set(FLAGS.carouselQuickReplyMax, String(quickReplies))
  const text = query.toString()
  return text === '' ? '' : `?${text}`
}

import { LIMITS } from '../limits.ts'

/**
 * Switches for the points where Meta's own sources disagree: each names the two readings; see the
 * `LIMITS` entries they pick between.
 * The defaults follow the document's recommended handling.
 */
export interface SchemaOptions {
  /** Allow list bodies up to 4096 characters, as the list guide says (default: 1024, as the reference and a live rejection say). */
  extendedListBody?: boolean | undefined
  /** Allow image/video/document headers on flow messages, as pywa does (default: text only, as Meta's examples). */
  allowFlowMediaHeader?: boolean | undefined
  /**
   * Quick replies per carousel card before a warning: 2 (default; Meta's example, botpress) or
   * 3 (pywa). Meta documents no maximum, so more is never an error (`LIMITS.carousel.quickReplies`).
   */
  carouselQuickReplyMax?: 2 | 3 | undefined
}

/** Options with their defaults filled in. */
export interface ResolvedSchemaOptions {
  /** See {@link SchemaOptions.extendedListBody}. */
  extendedListBody: boolean
  /** See {@link SchemaOptions.allowFlowMediaHeader}. */
  allowFlowMediaHeader: boolean
  /** See {@link SchemaOptions.carouselQuickReplyMax}. */
  carouselQuickReplyMax: 2 | 3
}

/** Fills in the defaults. */
export function resolveSchemaOptions(options?: SchemaOptions): ResolvedSchemaOptions {
  // `?.`: a JavaScript caller's null is no options, as undefined is. A reading that is not one
  // (a JavaScript caller's 4) is the default, `LIMITS.carousel.quickReplies.max`.
  const quickReplies = options?.carouselQuickReplyMax
  return {
    extendedListBody: options?.extendedListBody === true,
    allowFlowMediaHeader: options?.allowFlowMediaHeader === true,
    carouselQuickReplyMax:
      CAROUSEL_QUICK_REPLY_MAX_READINGS.find((reading) => reading === quickReplies) ??
      (LIMITS.carousel.quickReplies.max as 2 | 3),
  }
}

/**
 * Each switch's name where a person types it: the mock's flag (`briq-mock --extended-list-body`),
 * the playground's query parameter (`?extended-list-body`) and, upper-cased after `PROXY_`, the
 * proxy's variable (`PROXY_EXTENDED_LIST_BODY`). One table, so all three take the same names.
 */
export const VALIDATE_OPTION_FLAGS = {
  extendedListBody: 'extended-list-body',
  allowFlowMediaHeader: 'allow-flow-media-header',
  carouselQuickReplyMax: 'carousel-quick-replies',
} as const satisfies Record<keyof SchemaOptions, string>

/** The readings `carouselQuickReplyMax` takes (see {@link SchemaOptions.carouselQuickReplyMax}). */
export const CAROUSEL_QUICK_REPLY_MAX_READINGS: readonly (2 | 3)[] = [2, 3]

/**
 * `carouselQuickReplyMax` as typed in a flag, a query or a variable (`"3"`, spaces around
 * allowed), or `undefined` for anything but one of its readings (2 or 3).
 */
export function readCarouselQuickReplyMax(text: string): 2 | 3 | undefined {
  const trimmed = text.trim()
  return CAROUSEL_QUICK_REPLY_MAX_READINGS.find((reading) => String(reading) === trimmed)
}

/**
 * Switches for the points where Meta's own sources disagree: each names the two readings; see the
 * `LIMITS` entries they pick between.
 * The defaults follow the document's recommended handling.
 */
export interface SchemaOptions {
  /** Allow list bodies up to 4096 characters, as the list guide says (default: 1024, as the reference and a live rejection say). */
  extendedListBody?: boolean
  /** Allow image/video/document headers on flow messages, as pywa does (default: text only, as Meta's examples). */
  allowFlowMediaHeader?: boolean
  /**
   * Quick replies per carousel card before a warning: 2 (default; Meta's example, botpress) or
   * 3 (pywa). Meta documents no maximum, so more is never an error.
   */
  carouselQuickReplyMax?: 2 | 3
}

/** Options with their defaults filled in. */
export type ResolvedSchemaOptions = Required<SchemaOptions>

/** Fills in the defaults. */
export function resolveSchemaOptions(options: SchemaOptions = {}): ResolvedSchemaOptions {
  return {
    extendedListBody: options.extendedListBody === true,
    allowFlowMediaHeader: options.allowFlowMediaHeader === true,
    carouselQuickReplyMax: options.carouselQuickReplyMax === 3 ? 3 : 2,
  }
}

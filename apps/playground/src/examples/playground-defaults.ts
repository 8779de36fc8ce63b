import type { InteractiveType } from '@briq-interactive/core'

// The starting draft is the workspace's shared example of this type (`INTERACTIVE_EXAMPLES` of
// @briq-interactive/fixtures): offline, in the voice of a Tanzanian shop.

/** The type the playground opens with. */
export const DEFAULT_EXAMPLE_TYPE: InteractiveType = 'button'

/** The mock's customer whose 24-hour window is open (Amina Juma). */
export const DEFAULT_RECIPIENT = '0712 345 678'

/** Where the composer keeps the draft across reloads (`localStorage`). */
export const DRAFT_KEY = 'briq-playground:draft'

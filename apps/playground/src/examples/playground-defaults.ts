import type { InteractiveType } from '@briq-interactive/core'

// The starting drafts themselves are the workspace's shared examples
// (`INTERACTIVE_EXAMPLES` of @briq-interactive/fixtures): offline, one per type.

/** The type the playground opens with. */
export const DEFAULT_EXAMPLE_TYPE: InteractiveType = 'button'

/** The mock's customer whose 24-hour window is open (Amina Juma). */
export const DEFAULT_RECIPIENT = '0712 345 678'

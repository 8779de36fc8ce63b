import { createBriqMock } from '@briq-interactive/mock'

// An app (or a test) passes its own configuration's optional values as they are (`undefined`
// when unset), with exactOptionalPropertyTypes on (this folder's tsconfig).
declare const config: { seed?: string; tick?: number; strict?: boolean; maxMessages?: number }

createBriqMock({
  seed: config.seed,
  tick: config.tick,
  strict: config.strict,
  maxMessages: config.maxMessages,
  clock: undefined,
  scenario: undefined,
  validation: undefined,
  sleep: undefined,
})

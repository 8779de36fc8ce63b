import type { Payload } from './anything.ts'
import { SYNC_RUN } from './sync-run.ts'

/** A field's rule, as `object` runs it. */
export interface FieldRule {
  run(payload: Payload, context?: object): Payload
}

/**
 * How `object` runs a field's rule on its value: on a payload of its own. A step validator
 * (`createStepValidator`) puts its own in place while it runs, so the code that remembers parts
 * is bundled only where one is used.
 */
export const fieldRun = {
  run: (field: FieldRule, value: unknown): Payload => field.run({ value, issues: [] }, SYNC_RUN),
}

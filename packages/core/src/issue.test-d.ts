import { expectTypeOf } from 'vitest'
import type { Issue, ValidationResult } from './issue.ts'
import type { Interactive } from './schemas/interactive.ts'
import { validateInteractive } from './validation/validate-interactive.ts'

// An app's handler types its parameter the way the kit's docs name it, `ValidationResult`, with
// no argument (the builder's onValueChange(draft, result), a form's error list).
const countIssues = (result: ValidationResult): number => (result.ok ? 0 : result.issues.length)
countIssues(validateInteractive({}))
expectTypeOf<ValidationResult>().toEqualTypeOf<ValidationResult<unknown>>()

// A handler for validateInteractive's own result still narrows to the interactive object.
const result = validateInteractive({})
if (result.ok) expectTypeOf(result.value).toEqualTypeOf<Interactive>()

// Under strict mode `!result.ok` narrows as ever; the other side's keys are absent, not readable.
if (!result.ok) {
  expectTypeOf(result.issues).toEqualTypeOf<Issue[]>()
  expectTypeOf(result.value).toEqualTypeOf<undefined>()
} else {
  expectTypeOf(result.issues).toEqualTypeOf<undefined>()
}

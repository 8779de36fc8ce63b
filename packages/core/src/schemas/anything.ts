import type { CheckPayload } from './issue-detail.ts'

/**
 * An issue as a check reports it: zod core's raw issue (`$ZodRawIssue`), which the public zod
 * schemas (`asZod`) hand to zod as they are, and `toIssues` reads.
 */
export interface RawIssue {
  code: string
  path?: PropertyKey[]
  /** `true`: the value's later checks still run (zod's flag; anything else ends them). */
  continue?: boolean
  [key: string]: unknown
}

/** What a rule checks and reports on: zod core's parse payload (`ParsePayload`). */
export interface Payload<T = unknown> {
  value: T
  issues: RawIssue[]
}

/**
 * A check written as zod core's check interface (`$ZodCheck`, as `z.check(fn, { when })` makes
 * it): `when` lets it run after an issue that ends the value's other checks.
 */
export interface CheckObject<T = never> {
  _zod: { def: { when?: (payload: CheckPayload<unknown>) => boolean }; check: (payload: Payload<T>) => void }
}

/** A check of a rule: a plain function, or a check object (`crossCheck`). */
export type Check<T> = ((payload: Payload<T>) => void) | CheckObject<T>

/**
 * A rule of the validators: a value's checks, run on a payload as zod core runs a schema
 * (`_zod.run(payload, context)`), typed as zod types a schema (`_zod.output`, and `optin` /
 * `optout` for a field that may be left out), so `z.infer` and zod's object types read it, and
 * zod objects built on it (`asZod`) see the same optional fields. It is not a zod schema:
 * zod's schema code (its constructors, `safeParse`, `ZodError`: 2.3 KB gzip) stays out of a
 * browser bundle that only validates; `asZod` makes the public zod schemas from the rules.
 */
export interface Rule<O = unknown, I = O> {
  readonly _zod: {
    /** The type the checks let through (type only, as in zod). */
    readonly output: O
    /** The type the rule takes (type only, as in zod). */
    readonly input: I
    optin?: 'optional'
    optout?: 'optional'
    run(payload: Payload, context?: object): Payload
  }
  /** This rule with `checks` after its own, as zod/mini's `.check()`. */
  check(...checks: Check<O>[]): Rule<O, I>
}

// Whether an issue at `from` or after ends the value's checks, as zod's `aborted` decides.
const ends = (issues: RawIssue[], from = 0) => {
  for (let i = from; i < issues.length; i++) if (issues[i]!.continue !== true) return true
  return false
}

/**
 * A rule that takes any value and runs `checks` on it in order, as `z.unknown().check(...checks)`
 * runs them: a check is skipped once an earlier issue ended the checks (an issue without
 * `continue: true`, this value's or one already on the payload), unless it has a `when`, which
 * then decides, and no issue says `continue: false`.
 */
function withChecks<T>(checks: Check<T>[]): Rule<T> {
  return {
    _zod: {
      run(payload) {
        let ended = ends(payload.issues)
        for (const check of checks) {
          const when = typeof check === 'function' ? undefined : check._zod.def.when
          if (when ? payload.issues.some((issue) => issue.continue === false) || !when(payload) : ended) continue
          const before = payload.issues.length
          ;(typeof check === 'function' ? check : check._zod.check)(payload as Payload<T>)
          if (!ended) ended = ends(payload.issues, before)
        }
        return payload
      },
    },
    check: (...more) => withChecks([...checks, ...more]),
  } as Rule<T>
}

/**
 * A rule that takes any value, for a value checked wholly in code (a free-form object, a
 * whole number, a list's length before its items), typed as what the checks let through: what
 * `z.unknown()` was, before its checks.
 */
export const anything = <T>(): Rule<T> => withChecks<T>([])

/**
 * Any string, reported as `z.string()` reports anything else (`invalid_type`, expected string,
 * ending the value's checks), for a text field's own checks to build on. The JSON Schema writes
 * `type: string` from the field's hint.
 */
export function text(): Rule<string> {
  return anything<string>().check((payload) => {
    const input: unknown = payload.value
    if (typeof input !== 'string') payload.issues.push({ code: 'invalid_type', expected: 'string', input, path: [] })
  })
}

import { expectTypeOf } from 'vitest'
import { type BriqError, type BriqErrorKind, type BriqErrorOf, isBriqError } from '../index.ts'

// What a `catch` holds is `unknown`; the guard narrows it to a BriqError, and given a kind to it.
declare const caught: unknown

if (isBriqError(caught)) {
  expectTypeOf(caught).toMatchTypeOf<BriqError>()
  expectTypeOf(caught.kind).toEqualTypeOf<BriqErrorKind>()
}
if (isBriqError(caught, 'validation')) {
  expectTypeOf(caught.kind).toEqualTypeOf<'validation'>()
  // No request was made: there is no status to read.
  expectTypeOf(caught.status).toEqualTypeOf<undefined>()
}
if (isBriqError(caught, 'http')) {
  expectTypeOf(caught.kind).toEqualTypeOf<'http'>()
  // A redirect to a page that is no Briq answer is `http` without a status.
  expectTypeOf(caught.status).toEqualTypeOf<number | undefined>()
  expectTypeOf(caught.code).toEqualTypeOf<string | undefined>()
}
if (isBriqError(caught, 'timeout')) {
  expectTypeOf(caught.status).toEqualTypeOf<undefined>()
  // @ts-expect-error: a timeout is no http error.
  const kind: 'http' = caught.kind
  void kind
}

// A union of kinds narrows to either.
declare const answered: 'http' | 'invalid_response'
if (isBriqError(caught, answered)) {
  expectTypeOf(caught.kind).toEqualTypeOf<'http' | 'invalid_response'>()
  expectTypeOf(caught).toEqualTypeOf<BriqErrorOf<'http'> | BriqErrorOf<'invalid_response'>>()
}

// @ts-expect-error: no such kind.
isBriqError(caught, 'server')

// Without the guard, `unknown` has no kind.
// @ts-expect-error: `caught` is unknown.
caught.kind

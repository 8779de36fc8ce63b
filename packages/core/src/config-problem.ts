import { clipped, MAX_QUOTED_CHARACTERS, quoted } from './quoted.ts'

/** What is wrong with a configuration from outside, naming the field; `null` when it is usable. */
export interface ConfigProblem {
  /** The offending key, e.g. `validation.extendedListBody` or `faults.status`. */
  field: string
  /** What to send instead: a sentence naming the key and what it takes. */
  message: string
}

/**
 * The one sentence refusing a key an options object does not take, for every package of the kit
 * (`Unknown option "timeoutMS"; did you mean timeoutMs? Use …`): `key` already quoted, `meant`
 * the name it was likely meant to be, if any.
 */
export function unknownKeySentence(noun: string, key: string, keys: readonly string[], meant?: string): string {
  return `Unknown ${noun} ${key}; ${meant === undefined ? 'use' : `did you mean ${meant}? Use`} ${keys.join(', ')}`
}

/**
 * The first problem of a configuration object from outside (the validation options, the mock's
 * `faults`, the proxy's and the mock's options): not a plain object (with an example of one), or a key it does not take (a typo),
 * naming the key and the ones it takes. Given `meant` (the servers pass `nearestName`; the
 * browser's entries leave it out, to keep it out of their bundles), the key it was likely meant
 * to be is named too. Only names are quoted, never values (a value may be a secret). `field`
 * `''` is a request body's own keys (the mock's control routes): the key is named bare.
 *
 * @example
 * configObjectProblem({ maxBodyByte: 1024 }, 'options', ['maxBodyBytes', 'timeoutMs'], {
 *   example: '{ timeoutMs: 5000 }', noun: 'option', meant: nearestName })
 * // { field: 'options.maxBodyByte',
 * //   message: 'Unknown option "maxBodyByte"; did you mean maxBodyBytes? Use maxBodyBytes, timeoutMs' }
 */
export function configObjectProblem(
  value: unknown,
  field: string,
  keys: readonly string[],
  expected: {
    example: string
    noun: string
    /** The key a typo was likely meant to be, or `undefined`. */
    meant?: ((key: string, keys: readonly string[]) => string | undefined) | undefined
  },
): ConfigProblem | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { field, message: `${field} must be an object like ${expected.example}` }
  }
  const unknown = Object.keys(value).find((key) => !keys.includes(key))
  if (unknown === undefined) return null
  // A long key is cut as its quote is, where a character starts: half an emoji is no key.
  const key = clipped(unknown, MAX_QUOTED_CHARACTERS)
  return {
    field: field === '' ? key : `${field}.${key}`,
    message: unknownKeySentence(expected.noun, quoted(unknown), keys, expected.meant?.(unknown, keys)),
  }
}

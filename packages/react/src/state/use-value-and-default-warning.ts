import { useEffect } from 'react'
import { useSaidOnce } from './use-said-once.ts'

/** The keys `K` of `P` that have a `defaultK` beside them (`value`/`defaultValue`, `open`/`defaultOpen`). */
export type PairedKey<P> = {
  [K in keyof P & string]: `default${Capitalize<K>}` extends keyof P ? K : never
}[keyof P & string]

const capitalized = (key: string) => key.charAt(0).toUpperCase() + key.slice(1)

/**
 * Reports once, in development, each pair of `keys` given both ways at once, as React reports an
 * input given `value` and `defaultValue`: the controlled value wins and the default is ignored,
 * so the host's default (a draft, a recipient) silently never shows. `name` is the component as
 * the host wrote it (`<InteractiveComposer>`).
 */
export function useValueAndDefaultWarning<P extends object>(
  name: string,
  props: P,
  keys: readonly PairedKey<P>[],
): void {
  const read = props as Record<string, unknown>
  const both = keys.filter((key) => read[key] !== undefined && read[`default${capitalized(key)}`] !== undefined)
  const firstTime = useSaidOnce()
  const pairs = both.join(' ')
  useEffect(() => {
    if (process.env.NODE_ENV === 'production') return
    for (const key of pairs === '' ? [] : pairs.split(' ')) {
      if (!firstTime(key)) continue
      const fallback = `default${capitalized(key)}`
      console.error(
        `${name} was given both \`${key}\` and \`${fallback}\`: while \`${key}\` is given, \`${fallback}\` is ignored. ` +
          `Give \`${key}\` with \`on${capitalized(key)}Change\` to control it, or \`${fallback}\` alone to let it keep its own.`,
      )
    }
  }, [name, pairs, firstTime])
}

import { useEffect } from 'react'
import { useSaidOnce } from './use-said-once.ts'

const listed = (keys: readonly string[]) => keys.map((key) => `\`${key}\``).join(', ')

/**
 * Reports once, in development, a component given a ready `client` beside options that make a
 * client (`endpoint`, `headers`, …): the client is used as it was made and those options are
 * ignored, so a proxy token given in `headers` would never be sent. TypeScript refuses the pair;
 * plain JavaScript (or a spread of a settings object) passes it silently. `name` is the component
 * as the host wrote it (`<BriqProvider>`), `options` the client options it was given.
 */
export function useClientAndOptionsWarning(name: string, client: unknown, options: Record<string, unknown>): void {
  const ignored = client === undefined ? [] : Object.keys(options).filter((key) => options[key] !== undefined)
  const keys = ignored.join(' ')
  const firstTime = useSaidOnce()
  useEffect(() => {
    if (process.env.NODE_ENV === 'production' || keys === '' || !firstTime(keys)) return
    const names = keys.split(' ')
    console.error(
      `${name} was given both \`client\` and ${listed(names)}: the client is used as it was made, and ` +
        `${listed(names)} ${names.length === 1 ? 'is' : 'are'} ignored. Give ${names.length === 1 ? 'it' : 'them'} ` +
        'to createBriqClient when you make the client, or leave `client` out.',
    )
  }, [name, keys, firstTime])
}

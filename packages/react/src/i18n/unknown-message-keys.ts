import { catalogue } from './messages/catalogue.ts'

const reported = new Set<string>()

/**
 * In development, says on the console (once per owner and key) which keys of a host's `messages`
 * the catalogue does not have: TypeScript refuses them, but plain JavaScript (or a cast) passes
 * them silently, and the kit's own word stays in place unnoticed. Production builds carry none
 * of it (nor the whole catalogue it reads).
 */
export function reportUnknownMessageKeys(owner: string, messages: object | undefined): void {
  if (process.env.NODE_ENV === 'production' || messages === undefined) return
  for (const key of Object.keys(messages)) {
    if (Object.hasOwn(catalogue, key) || reported.has(`${owner} ${key}`)) continue
    reported.add(`${owner} ${key}`)
    console.error(
      `${owner}: unknown message key ${JSON.stringify(key)} in messages; it rewords nothing (the keys are those of the Messages type)`,
    )
  }
}

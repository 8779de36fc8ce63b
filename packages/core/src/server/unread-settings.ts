import { nearestName } from '../nearest-name.ts'

/** What {@link readingEnv} gives: the environment to read from, and which of its settings were never read. */
export interface ReadingEnv {
  /** Read settings from this (every name asked for is noted, present or not). */
  readonly env: Record<string, string | undefined>
  /**
   * A sentence for each variable of `env` named with `prefix` (`PROXY_`, `BRIQ_MOCK_`) that was
   * set but never read (a misspelt name, or one that only counts beside another setting), with the variable read it is likely meant to be: a typo such as
   * `PROXY_ALLOWED_ORIGIN` would otherwise leave the default in force without a word.
   * `program` names the reader (`briq-proxy`). With `nearMissesOnly`, only those within two edits
   * of a variable read are named: for a prefix other programs' variables share (`BRIQ_`, where
   * `BRIQ_UPSTREM` is a typo and `BRIQ_WEBHOOK_SECRET` another program's setting).
   */
  unread(prefix: string, program: string, options?: { nearMissesOnly?: boolean }): string[]
}

/**
 * Wraps a server's environment (`process.env`) to say afterwards which of the variables named
 * like its settings it never read. Values are never quoted: a secret may sit in a misspelt name.
 *
 * @example
 * const reading = readingEnv(process.env)
 * const config = readServerConfig(reading.env)
 * for (const line of reading.unread('PROXY_', 'briq-proxy')) console.error(`briq-proxy: ${line}`)
 */
export function readingEnv(source: Record<string, string | undefined>): ReadingEnv {
  const asked = new Set<string>()
  const env = new Proxy(source, {
    get(target, name, receiver) {
      if (typeof name === 'string') asked.add(name)
      return Reflect.get(target, name, receiver)
    },
  })
  return {
    env,
    unread(prefix, program, options = {}) {
      const read = [...asked].filter((name) => name.startsWith(prefix))
      return Object.keys(source)
        .filter((name) => name.startsWith(prefix) && !asked.has(name) && (source[name]?.trim() ?? '') !== '')
        .sort()
        .flatMap((name) => {
          const meant = nearestName(name, read)
          if (meant === undefined && options.nearMissesOnly) return []
          return `${name} is set, but ${program} did not use it${meant ? ` (did you mean ${meant}?)` : ''}: it is ignored.`
        })
    },
  }
}

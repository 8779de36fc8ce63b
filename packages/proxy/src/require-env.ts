/**
 * Environment variables by name: `process.env`, a Worker's `env`, or any such record. A record
 * of strings is taken whatever names it declares: Next.js declares `NODE_ENV` on `process.env`
 * (and a project its own variables), and a type holding only those would otherwise share no
 * property with the names asked for, which TypeScript refuses.
 */
export type EnvSource<Name extends string> =
  | { readonly [K in Name]?: string | undefined }
  | { readonly [name: string]: string | undefined }

/**
 * Reads the named variables from `env` (`process.env`, a Worker's `env`) and returns them, or
 * throws one error naming every one that is missing or blank — `Missing environment:
 * BRIQ_API_KEY, PROXY_TOKEN` — so a server that cannot work stops at startup saying all of what
 * to set, not one at a time. The error carries names only, never a value.
 *
 * @example
 * const env = requireEnv(process.env, ['BRIQ_API_KEY', 'PROXY_TOKEN'])
 * createBriqProxy({ apiKey: env.BRIQ_API_KEY, authorize: bearerTokenAuthorize(env.PROXY_TOKEN) })
 * @throws {Error} when a variable is unset or only whitespace.
 */
export function requireEnv<const Name extends string>(
  env: EnvSource<NoInfer<Name>>,
  names: readonly Name[],
): Record<Name, string> {
  const found = {} as Record<Name, string>
  const missing: Name[] = []
  for (const name of names) {
    const value = env[name]
    if (typeof value === 'string' && value.trim() !== '') found[name] = value
    else missing.push(name)
  }
  if (missing.length > 0) throw new Error(`Missing environment: ${missing.join(', ')}`)
  return found
}

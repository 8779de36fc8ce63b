import type { BriqProxyOptions } from '@briq-interactive/proxy'

// The options the README's Options table lists (scripts/readme-props.test.ts checks the list is
// the table's, name for name), compiled against `BriqProxyOptions`: an option added without its
// row, or a row left for an option that is gone, fails `pnpm typecheck` here, naming it.
type ReadmeOptions =
  | 'allowAnonymous'
  | 'allowInsecureUpstream'
  | 'allowedOrigins'
  | 'apiKey'
  | 'authorize'
  | 'basePath'
  | 'fetch'
  | 'log'
  | 'maxBodyBytes'
  | 'maxResponseBytes'
  | 'stopSignal'
  | 'timeoutMs'
  | 'upstream'
  | 'validation'

/** `true` when the two sets of names are equal, else the names each lacks. */
type Same<Actual, Listed> = [Exclude<Actual, Listed>, Exclude<Listed, Actual>] extends [never, never]
  ? true
  : { undocumented: Exclude<Actual, Listed>; listedButNotAnOption: Exclude<Listed, Actual> }

export const options: Same<keyof BriqProxyOptions, ReadmeOptions> = true

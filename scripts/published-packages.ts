import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const PACKAGES_DIR = resolve(import.meta.dirname, '..', 'packages')

/**
 * The published packages' directory names under `packages/` (`core`, `react`, …): every package
 * whose manifest is not `private`, read from the manifests, so a new package is checked by every
 * test of the published packages without a list to update.
 */
export const PUBLISHED_PACKAGES: readonly string[] = readdirSync(PACKAGES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .filter((name) => JSON.parse(readFileSync(join(PACKAGES_DIR, name, 'package.json'), 'utf8')).private !== true)
  .sort()

/** A published package's directory, absolute (`…/packages/core`). */
export const packageDir = (name: string): string => join(PACKAGES_DIR, name)

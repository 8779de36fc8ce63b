// Packs a workspace package as pnpm publishes it (its prepack builds it; pnpm applies publishConfig),
// and runs publint and @arethetypeswrong/cli on the tarball. Usage: node scripts/check-package.ts packages/core [...]
// check-package.test.ts also installs the tarballs in a fresh project (packed-consumer.ts).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const run = (command: string, args: string[], cwd: string): string =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

/**
 * The licence a tarball carries: the manifest's `license` must be MIT and the packed LICENSE the
 * repository's own text, since MIT's one condition is that its notice travels with the copies
 * (pnpm packs the workspace root's LICENSE into a package that has none).
 */
function packedLicence(tarball: string, declared: string | undefined): string {
  if (declared !== 'MIT') throw new Error(`package.json says license ${JSON.stringify(declared)}, not "MIT"`)
  let text: string
  try {
    text = run('tar', ['-xzOf', tarball, 'package/LICENSE'], process.cwd())
  } catch {
    throw new Error('the tarball carries no LICENSE file')
  }
  const repository = readFileSync(new URL('../LICENSE', import.meta.url), 'utf8')
  if (text !== repository) throw new Error("the packed LICENSE differs from the repository's LICENSE")
  return 'license: MIT, LICENSE packed'
}

/**
 * Packs a workspace package into `out` as `pnpm publish` would; returns the tarball's path. Its
 * `prepack` builds it first, as it does for a publish: a build left out here is one a publish leaves out.
 */
export function packPackage(packageDir: string, out: string): string {
  const dir = resolve(packageDir)
  const before = new Set(readdirSync(out))
  run('pnpm', ['pack', '--pack-destination', out], dir)
  const tarball = readdirSync(out).find((file) => file.endsWith('.tgz') && !before.has(file))
  if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${packageDir}`)
  return join(out, tarball)
}

/** Runs publint, the licence check and attw on a packed tarball; throws with the tools' output when one fails. */
export function checkTarball(packageDir: string, tarball: string): string {
  const dir = resolve(packageDir)
  const publint = run('pnpm', ['exec', 'publint', '--strict', tarball], dir)
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    exports?: Record<string, unknown>
    license?: string
  }
  const licence = packedLicence(tarball, manifest.license)
  // attw resolves JavaScript and types only; a stylesheet export is not its business.
  const stylesheets = Object.keys(manifest.exports ?? {}).filter((key) => key.endsWith('.css'))
  const exclude = stylesheets.length > 0 ? ['--exclude-entrypoints', ...stylesheets] : []
  const attw = run(
    'pnpm',
    ['exec', 'attw', tarball, '--profile', 'esm-only', '--format', 'table-flipped', ...exclude],
    dir,
  )
  return `${publint}\n${licence}\n${attw}`
}

/** Builds, packs and checks one package; throws with the tools' output when a check fails. */
export function checkPackage(packageDir: string): string {
  const out = mkdtempSync(join(tmpdir(), 'bi-pack-'))
  try {
    return checkTarball(packageDir, packPackage(packageDir, out))
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}

if (import.meta.filename === process.argv[1]) {
  let failed = false
  for (const dir of process.argv.slice(2)) {
    try {
      console.log(`${dir}: publint and attw pass\n${checkPackage(dir)}`)
    } catch (error) {
      failed = true
      const details = error as { stdout?: string; stderr?: string; message: string }
      console.error(`${dir}: FAILED\n${details.stdout ?? ''}${details.stderr ?? ''}${details.message}`)
    }
  }
  process.exitCode = failed ? 1 : 0
}

import { fileURLToPath } from 'node:url'
import { build, type Metafile } from 'esbuild'
import { build as viteBuild } from 'vite'

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url))
// The metafile names inputs relative to this directory, so areas match wherever it is run from.
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))

/**
 * What an app that imports `exports` (`*` or `{ A, B }`) from the package ships: bundled by
 * esbuild, minified and tree-shaken as a production build would, React, react-dom and Radix
 * left out (the app has them anyway).
 */
export async function bundleExports(
  exports: string,
  metafile = false,
): Promise<{ code: Uint8Array; metafile?: Metafile }> {
  const result = await build({
    metafile,
    absWorkingDir: repoRoot,
    stdin: {
      contents: `export ${exports} from ${JSON.stringify(entry)}`,
      resolveDir: import.meta.dirname,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    write: false,
    treeShaking: true,
    legalComments: 'none',
    external: ['react', 'react-dom', 'react/*', 'react-dom/*', '@radix-ui/*'],
  })
  return {
    code: result.outputFiles[0]?.contents ?? new Uint8Array(),
    ...(result.metafile && { metafile: result.metafile }),
  }
}

const ENTRY = '\0bench-entry.js'
// Left out, as bundleExports leaves them out: the app has them anyway.
const EXTERNAL = [/^react(-dom)?(\/|$)/, /^@radix-ui\//]

/**
 * What an app that imports `exports` (`*` or `{ A, B }`) from the package ships, as a Vite app's
 * production build writes it: Vite's own `build` with its defaults (Rolldown's tree-shaking,
 * Oxc's minifier, its browser target, `process.env.NODE_ENV` set to production), an in-memory
 * entry that keeps the imports, React, react-dom and Radix left out.
 */
export async function bundleExportsWithVite(exports: string): Promise<string> {
  const names = exports.replace(/[{}\s]/g, '')
  const contents =
    names === '*'
      ? `import * as all from ${JSON.stringify(entry)}\nglobalThis.__keep = all`
      : `import { ${names} } from ${JSON.stringify(entry)}\nglobalThis.__keep = [${names}]`
  const built = await viteBuild({
    configFile: false,
    envFile: false,
    logLevel: 'silent',
    root: import.meta.dirname,
    plugins: [
      {
        name: 'bench-entry',
        resolveId: (id) => (id === 'bench-entry' ? ENTRY : undefined),
        load: (id) => (id === ENTRY ? contents : undefined),
      },
    ],
    build: { write: false, rolldownOptions: { input: 'bench-entry', external: EXTERNAL } },
  })
  for (const result of Array.isArray(built) ? built : [built]) {
    if (!('output' in result)) continue
    const chunk = result.output.find((file) => file.type === 'chunk')
    if (chunk) return chunk.code
  }
  throw new Error('Vite built no chunk')
}

import { fileURLToPath } from 'node:url'
import { build, type Metafile } from 'esbuild'

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

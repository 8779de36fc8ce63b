import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build, type Rollup } from 'vite'

/**
 * The stylesheet a host's Vite production build would ship for `css` (the kit's stylesheet and
 * the host's rules, joined): Vite's defaults unless `cssTarget` is given. Vite lowers CSS for
 * its default browsers with Lightning CSS, which rewrites `light-dark()`; the browser tests
 * theme the kit with what a real build produces, not with the source.
 */
export async function viteBuildCss(css: string, cssTarget?: string[]): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'bi-vite-css-'))
  try {
    await writeFile(join(root, 'styles.css'), css)
    await writeFile(join(root, 'index.html'), '<!doctype html><link rel="stylesheet" href="./styles.css">')
    const result = await build({
      root,
      configFile: false,
      logLevel: 'silent',
      build: { write: false, ...(cssTarget ? { cssTarget } : {}) },
    })
    const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[]
    const asset = outputs
      .flatMap((output) => output.output)
      .find((file) => file.type === 'asset' && file.fileName.endsWith('.css'))
    if (asset?.type !== 'asset') throw new Error('the Vite build wrote no stylesheet')
    return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source)
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

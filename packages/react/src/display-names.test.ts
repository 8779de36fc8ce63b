// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { bundleExports } from '../bench/bundle-exports.ts'
import { Builder, InteractiveBuilder, InteractivePreview, SendDialog, SendInteractiveDialog } from './index.ts'

// `displayName` is what React DevTools and React's development warnings call a part. The kit
// sets it outside production only (`process.env.NODE_ENV`, which an app's bundler replaces), so a
// production build leaves the names out, as it minifies the app's own component names.
describe('component names', () => {
  it('are set outside production, as React DevTools shows them', () => {
    expect(Builder.Root.displayName).toBe('Builder.Root')
    expect(Builder.JsonEditor.displayName).toBe('Builder.JsonEditor')
    expect(SendDialog.Root.displayName).toBe('SendDialog.Root')
    expect(SendDialog.Content.displayName).toBe('SendDialog.Content')
    expect(InteractiveBuilder.displayName).toBe('InteractiveBuilder')
    expect(InteractivePreview.displayName).toBe('InteractivePreview')
    expect(SendInteractiveDialog.displayName).toBe('SendInteractiveDialog')
  })

  it('are left out of a production bundle', async () => {
    const code = new TextDecoder().decode((await bundleExports('*')).code)
    expect(code).toContain('Builder.Root') // still named in its "must be inside <Builder.Root>" error
    expect(code.match(/[\w$]+\.displayName="[^"]*"/g) ?? []).toEqual([])
    // The development report of unknown `messages` keys, and the whole catalogue it reads, go too.
    expect(code).not.toContain('unknown message key')
  })
})

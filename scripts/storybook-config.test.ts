import { readFileSync } from 'node:fs'
import type { InlineConfig } from 'vite'
import { describe, expect, it, vi } from 'vitest'
import config from '../.storybook/main.ts'

// What Storybook shows on start: the kit's stories, not Storybook's own onboarding.
describe('the Storybook configuration', () => {
  it('turns off the "Get started" checklist, the What\'s new popups and telemetry', () => {
    // Written as plain objects in main.ts (Storybook's types also allow preset functions).
    expect(config.features).toMatchObject({ sidebarOnboardingChecklist: false })
    expect(config.core).toMatchObject({ disableTelemetry: true, disableWhatsNewNotifications: true })
    expect(config.addons).not.toContain('@storybook/addon-onboarding')
  })

  it('hides the zoom tool, whose unlabelled popover warns on every start (Storybook 10)', () => {
    const manager = readFileSync(new URL('../.storybook/manager.ts', import.meta.url), 'utf8')
    expect(manager).toMatch(/addons\.setConfig\(\{[\s\S]*toolbar: \{ zoom: \{ hidden: true \} \}/)
  })

  it('runs axe on every story as part of its test, failing on any violation', () => {
    // addon-a11y's afterEach checks the page after each play; 'error' fails the story's test
    // (its default, 'todo', only reports).
    expect(config.addons).toContain('@storybook/addon-a11y')
    const preview = readFileSync(new URL('../.storybook/preview.tsx', import.meta.url), 'utf8')
    expect(preview).toMatch(/a11y: \{\s*test: 'error',/)
  })

  it('gives each public component a Docs page (its doc comment, props table and stories)', () => {
    expect(config.addons).toContain('@storybook/addon-docs')
    for (const stories of [
      'builder/interactive-builder.stories.tsx',
      'preview/interactive-preview.stories.tsx',
      'composer/interactive-composer.stories.tsx',
      'send-dialog/send-interactive-dialog.stories.tsx',
    ]) {
      const source = readFileSync(new URL(`../packages/react/src/${stories}`, import.meta.url), 'utf8')
      expect(source, stories).toMatch(/tags: \['autodocs'\]/)
    }
  })

  it('builds with no notice for the kit’s use client lines, the runtime’s size or plugin timings', async () => {
    // What Storybook's builder hands viteFinal: an onwarn of its own, kept for every other warning.
    const earlier = vi.fn()
    const built = (await config.viteFinal?.({ build: { rolldownOptions: { onwarn: earlier } } }, {
      configType: 'PRODUCTION',
    } as never)) as InlineConfig
    const options = built.build?.rolldownOptions
    const shown = vi.fn()
    const directive = {
      code: 'MODULE_LEVEL_DIRECTIVE',
      message:
        'The semantics of the module level directive "use client" in "packages/react/src/composer/interactive-composer.tsx" may not be preserved when bundling.',
    }
    options?.onwarn?.(directive as never, shown)
    const other = { code: 'CIRCULAR_DEPENDENCY', message: 'a -> b -> a' }
    options?.onwarn?.(other as never, shown)
    expect(earlier.mock.calls).toEqual([[other, shown]])
    expect(built.build?.chunkSizeWarningLimit).toBeGreaterThanOrEqual(1200)
    expect(options?.checks).toMatchObject({ bundlerTimings: false })
  })
})

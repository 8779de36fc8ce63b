import type { StorybookConfig } from '@storybook/react-vite'

const config: StorybookConfig = {
  stories: ['../packages/*/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-vitest', '@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: '@storybook/react-vite',
  staticDirs: ['./public'],
  // No "Get started" checklist or "What's new" popups: this Storybook documents the kit.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  features: { sidebarOnboardingChecklist: false },
  // `pnpm build-storybook` prints only what needs a reader: not the kit's `'use client'` lines,
  // which mean nothing in a client bundle (Vite's React plugin hides that notice in the
  // playground's build, not in Storybook's); not Vite's 500 kB advice about the one larger chunk,
  // Storybook's own preview runtime with its test library (about 1.1 MB); not Rolldown's report
  // of which plugins took the build's time (Storybook's docgen, most of it).
  viteFinal: (viteConfig) => {
    const onwarn = viteConfig.build?.rolldownOptions?.onwarn
    return {
      ...viteConfig,
      build: {
        ...viteConfig.build,
        chunkSizeWarningLimit: 1200,
        rolldownOptions: {
          ...viteConfig.build?.rolldownOptions,
          checks: { ...viteConfig.build?.rolldownOptions?.checks, bundlerTimings: false },
          onwarn(warning, warn) {
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use client"')) return
            if (onwarn) onwarn(warning, warn)
            else warn(warning)
          },
        },
      },
    }
  },
}
export default config

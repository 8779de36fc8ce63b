import { fileURLToPath } from 'node:url'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import react from '@vitejs/plugin-react'
import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'
import type { BrowserConfigOptions } from 'vitest/node'
import { accessibilityTree } from './scripts/accessibility-tree.ts'
import { chromiumArgs, chromiumPath } from './scripts/chromium-path.ts'
import { serverRenderCases } from './scripts/server-render-cases.ts'
import { viteBuildCss } from './scripts/vite-build-css.ts'

// Resolved once per run; throws with install instructions when no Chromium exists.
const executablePath = chromiumPath()

// Node's compile cache (https://nodejs.org/api/module.html#module-compile-cache) for the test
// workers, which Vitest starts with this process's environment, and for the Node processes the
// tests start (the bins, the server examples): each would otherwise compile the same modules again
// (jsdom per file, the kit's TypeScript per start). It changes no module's behaviour; a variable
// already set (a CI cache directory) is kept.
process.env.NODE_COMPILE_CACHE ??= fileURLToPath(new URL('./node_modules/.cache/node-compile-cache', import.meta.url))

// A fresh object per project: Vitest mutates it, and a shared one mislabels projects.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath, args: chromiumArgs } }),
  instances: [{ browser: 'chromium' as const }],
})

// core, fixtures, mock, proxy and react run all their files in one worker rather than a process per
// file (~0.3 s of startup each on two cores, ~1 s with jsdom and React: a fifth to a half of their
// time). Each file still gets fresh modules (scripts/vitest-setup-modules.ts), and Vitest restores
// spies after each; react's files also share one jsdom window, emptied by Testing Library's cleanup.
// Not tools (its files pack, build and start servers) nor react18 (its setup registers a resolve
// hook). A fresh object per project, as browser() is.
const sharedWorker = (...setupFiles: string[]) => ({
  isolate: false,
  setupFiles: ['./scripts/vitest-setup-modules.ts', ...setupFiles],
})

// jsdom tests drive whole builders through many user events, and core's property tests run
// hundreds of generated cases: a second or two on a quiet machine, past Vitest's 5 s default on
// two cores under load. A timeout is not a speed check (benchmarks measure speed), so these
// projects allow a stalled test 20 s before calling it one.
const LONG_TEST_TIMEOUT = 20_000

// How long `expect.element` and `expect.poll` wait in Chromium before failing: Vitest's 1 s is less
// than one click took on two loaded cores (a trace showed 1.1 s), so an answer that was coming
// read as a wrong one. A budget, not a speed check (a poll that succeeds returns at once), well
// under browser mode's 15 s test timeout so a failing poll still says what it waited for.
const browserExpect = () => ({ poll: { timeout: 5_000 } })

// React 18.3 in place of React 19 (the react18/react-dom18 aliases packages/react installs), a
// fresh array per project as browser() is.
const react18Aliases = () => [
  { find: /^react(\/.*)?$/, replacement: 'react18$1' },
  { find: /^react-dom(\/.*)?$/, replacement: 'react-dom18$1' },
]

// The browser test files that emulate a touch screen: the kit's call emulateTouch (testing/touch.ts,
// which checks it is in this list); the playground's sends the same DevTools command itself.
const touchFiles = [
  'apps/playground/src/phone.browser.test.tsx',
  'packages/react/src/builder/builder-axe-every-state.browser.test.tsx',
  'packages/react/src/builder/builder-touch.browser.test.tsx',
  'packages/react/src/preview/list-sheet-phone.browser.test.tsx',
  'packages/react/src/preview/list-sheet-swipe.browser.test.tsx',
  'packages/react/src/send-dialog/send-dialog-phone.browser.test.tsx',
]

// The Node-side commands browser tests call (`commands` of `vitest/browser`), a fresh object per
// project as browser() is: both Chromium projects (React 19 and React 18.3) run files that read
// Chromium's accessibility tree, hold keys or choose files.
const browserCommands = (): NonNullable<BrowserConfigOptions['commands']> => ({
  viteBuildCss: (_context, css: string, cssTarget?: string[]) => viteBuildCss(css, cssTarget),
  // Every hydration case rendered by react-dom/server in Node, for Chromium to hydrate.
  serverRenderCases: (context) => serverRenderCases(context.project.config.root),
  // The reader's preferences, as Chromium emulates them: Windows' contrast themes (forced
  // colours), reduced motion, more contrast; null puts one back (testing/preferences.ts).
  emulatePreferences: (
    context,
    preferences: {
      forcedColors?: 'active' | 'none' | null
      reducedMotion?: 'reduce' | 'no-preference' | null
      contrast?: 'more' | 'no-preference' | null
      media?: 'print' | 'screen' | null
    },
  ) => context.page.emulateMedia(preferences),
  // What a screen reader is given: Chromium's accessibility tree below `selector`, as lines.
  accessibilityTree: async (context, selector: string) =>
    accessibilityTree(context.page, await context.frame(), selector),
  // A key held down: a second keyDown before keyUp is the OS's auto-repeat (`repeat: true`).
  keyDown: (context, key: string) => context.page.keyboard.down(key),
  keyUp: (context, key: string) => context.page.keyboard.up(key),
  // A mouse button pressed and released apart, where the pointer is (hover first): what lands
  // between a click's press and its release.
  mouseDown: (context) => context.page.mouse.down(),
  mouseUp: (context) => context.page.mouse.up(),
  // The browser's own file chooser, answered with one file: resolves once the page opened
  // it (a click made after this call) and took the file.
  chooseFile: async (context, name: string, text: string) => {
    const chooser = await context.page.waitForEvent('filechooser')
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
  },
})

// The projects, each given the same `sequence.groupOrder` (any value but the default 0 will do).
const sameGroup = <P extends { test: object }>(projects: P[]) =>
  projects.map((project) => ({ ...project, test: { ...project.test, sequence: { groupOrder: 1 } } }))

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest/results.json' },
    // Every project in one group, so the Node worker and the Chromium page run side by side from the
    // start. Without an explicit order, Vitest puts the projects that isolate each file in a group of
    // their own, run after the rest, whenever maxWorkers is 1 (the default on two cores): Chromium
    // then waited for core, mock, proxy and react to finish (a third of the run with one core idle).
    projects: sameGroup([
      {
        test: {
          name: 'tools',
          include: ['scripts/**/*.test.ts', 'packages/*/scripts/**/*.test.ts', 'apps/*/scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'core',
          include: ['packages/core/src/**/*.test.ts', 'packages/core/examples/**/*.test.ts'],
          environment: 'node',
          testTimeout: LONG_TEST_TIMEOUT,
          ...sharedWorker(),
        },
      },
      {
        test: {
          name: 'fixtures',
          include: ['packages/fixtures/src/**/*.test.ts'],
          environment: 'node',
          ...sharedWorker(),
        },
      },
      {
        test: {
          name: 'mock',
          include: ['packages/mock/src/**/*.test.ts', 'packages/mock/examples/**/*.test.ts'],
          exclude: ['**/*.browser.test.{ts,tsx}', '**/node_modules/**'],
          environment: 'node',
          ...sharedWorker(),
        },
      },
      {
        test: {
          name: 'proxy',
          include: ['packages/proxy/src/**/*.test.ts', 'packages/proxy/examples/**/*.test.ts'],
          environment: 'node',
          ...sharedWorker(),
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'react',
          include: [
            'packages/react/src/**/*.test.{ts,tsx}',
            'packages/react/examples/**/*.test.{ts,tsx}',
            'apps/playground/src/**/*.test.{ts,tsx}',
          ],
          exclude: ['**/*.browser.test.{ts,tsx}', '**/*.react18.test.{ts,tsx}', '**/node_modules/**'],
          environment: 'jsdom',
          testTimeout: LONG_TEST_TIMEOUT,
          ...sharedWorker('./scripts/vitest-setup-jsdom.ts'),
        },
      },
      {
        // React 18.3 smoke tests.
        plugins: [react()],
        resolve: { alias: react18Aliases() },
        test: {
          name: 'react18',
          include: ['packages/react/src/**/*.react18.test.{ts,tsx}'],
          environment: 'jsdom',
          testTimeout: LONG_TEST_TIMEOUT,
          setupFiles: ['./packages/react/scripts/react18-setup.ts'],
        },
      },
      {
        // React 18.3 in Chromium (dependencies included: Vite pre-bundles them with the same aliases):
        // hydration, and the flows that lean most on the browser and on React's commit order (a
        // host's modal <dialog> and its top layer, focus given back, a shadow root, real storage,
        // an iframe's document rendered into from the host's page).
        plugins: [react()],
        resolve: { alias: react18Aliases() },
        test: {
          name: 'browser-react18',
          include: [
            'packages/react/src/**/*.react18.browser.test.{ts,tsx}',
            'packages/react/src/send-dialog/send-dialog-host-modal.browser.test.tsx',
            'packages/react/src/send-dialog/shadow-root.browser.test.tsx',
            'packages/react/src/send-dialog/send-dialog-look-ups-steady.browser.test.tsx',
            'packages/react/src/builder/builder-shadow-root.browser.test.tsx',
            'packages/react/src/builder/builder-storage.browser.test.tsx',
            'packages/react/src/send-dialog/iframe-document.browser.test.tsx',
            'packages/react/src/builder/builder-iframe-document.browser.test.tsx',
          ],
          browser: { ...browser(), commands: browserCommands() },
          expect: browserExpect(),
        },
      },
      {
        // The files that emulate a touch screen, on pages of their own: Chromium turns the emulation
        // off with (pointer: fine) back but not (hover: hover) (it restores the machine's own, none on a
        // server), so a later file on the same page saw no hover (testing/touch.ts).
        plugins: [react()],
        test: {
          name: 'browser-touch',
          include: touchFiles,
          browser: { ...browser(), commands: browserCommands() },
          expect: browserExpect(),
        },
      },
      {
        plugins: [react()],
        // Serves msw's mockServiceWorker.js at the page's root (the copy Storybook serves) for setupWorker tests.
        publicDir: '.storybook/public',
        test: {
          name: 'browser',
          include: [
            'packages/react/src/**/*.browser.test.{ts,tsx}',
            'packages/mock/src/**/*.browser.test.{ts,tsx}',
            'packages/mock/examples/**/*.browser.test.{ts,tsx}',
            'apps/playground/src/**/*.browser.test.{ts,tsx}',
          ],
          exclude: ['**/*.react18.browser.test.{ts,tsx}', ...touchFiles, '**/node_modules/**'],
          // A host's production stylesheet, built by Vite in Node for host-theming-build.browser.test.tsx.
          browser: {
            ...browser(),
            commands: browserCommands(),
          },
          expect: browserExpect(),
        },
      },
      {
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: { name: 'storybook', browser: browser(), expect: browserExpect() },
      },
    ]),
  },
})

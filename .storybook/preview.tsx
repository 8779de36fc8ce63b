import type { Preview } from '@storybook/react-vite'
// The published stylesheet entry, as a host app imports it.
import '@briq-interactive/react/styles.css'
import { configure } from 'storybook/test'
import { componentDescription } from './component-description.ts'

// How long a play function's findBy/waitFor waits before failing: a budget, not a speed check (a
// wait that succeeds returns at once). Testing Library's 1 s is tight on a loaded 2-core CI
// machine (a draft's save pause alone is 400 ms); this stays under the storybook Vitest project's
// 5 s test timeout, so a wait that does fail still says what it waited for.
configure({ asyncUtilTimeout: 4000 })

const preview: Preview = {
  parameters: {
    // The preview draws its own phone frame; centred on a quiet grey it reads like a device mock.
    layout: 'centered',
    backgrounds: {
      options: {
        neutral: { name: 'Neutral', value: '#e4e6eb' },
        white: { name: 'White', value: '#ffffff' },
        dark: { name: 'Dark', value: '#1c1e21' },
      },
    },
    controls: { expanded: true },
    // The Docs pages' description: each component's doc comment, its `@example` as a heading.
    docs: { extractComponentDescription: componentDescription },
    // axe on every story after its play function, in the state the play left it (dialogs open,
    // replies shown): a violation fails the story's test. The kit's pseudo-elements are
    // decoration under opaque surfaces, which makes axe give up on the text above them
    // (https://github.com/dequelabs/axe-core/issues/2781); the contrast check's documented
    // `ignorePseudo` option measures that text instead, as the browser tests' axeReport does.
    a11y: {
      test: 'error',
      options: { checks: { 'color-contrast': { options: { ignorePseudo: true } } } },
    },
    // The whole composer first, then its parts, then the theming examples.
    options: {
      storySort: {
        order: [
          'Composer',
          'Builder',
          'Send',
          ['SendInteractiveDialog', 'Parts'],
          'Preview',
          ['InteractivePreview', 'Types (light)', 'Types (dark)', 'Products'],
          'Theming',
        ],
      },
    },
  },
  initialGlobals: { backgrounds: { value: 'neutral' } },
}

export default preview

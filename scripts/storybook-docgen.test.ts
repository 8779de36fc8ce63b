import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { componentDescription } from '../.storybook/component-description.ts'

// The docgen Storybook's React framework runs (react-docgen, a dependency of
// @storybook/react-vite) fills each story's Controls panel with the component's props and their
// doc comments: an embedder's first look at them. It reads interfaces, following imports, but
// does not evaluate `Omit<…>`, so a props type written as one shows no prop at all.
const fromFramework = createRequire(createRequire(import.meta.url).resolve('@storybook/react-vite/package.json'))

/** The part of react-docgen's API used here (it is the framework's dependency, not ours: no types). */
interface ReactDocgen {
  parse(
    source: string,
    options: { filename: string; importer: unknown; resolver: unknown },
  ): { displayName?: string; description?: string; props?: Record<string, { description?: string }> }[]
  makeFsImporter(): unknown
  builtinResolvers: { FindExportedDefinitionsResolver: new () => unknown }
}
const docgen = (await import(fromFramework.resolve('react-docgen'))) as ReactDocgen

function componentDoc(file: string, component: string) {
  const path = fileURLToPath(new URL(`../packages/react/src/${file}`, import.meta.url))
  const docs = docgen.parse(readFileSync(path, 'utf8'), {
    filename: path,
    importer: docgen.makeFsImporter(),
    resolver: new docgen.builtinResolvers.FindExportedDefinitionsResolver(),
  })
  return docs.find((d) => d.displayName === component)
}

function documentedProps(file: string, component: string): Record<string, string> {
  const doc = componentDoc(file, component)
  return Object.fromEntries(Object.entries(doc?.props ?? {}).map(([name, prop]) => [name, prop.description ?? '']))
}

const builderProps = [
  'value',
  'defaultValue',
  'onValueChange',
  'persistKey',
  'locale',
  'messages',
  'coreMessages',
  'theme',
]
const sendProps = [
  'interactive',
  'defaultTo',
  'conversationId',
  'sender',
  'onSent',
  'portalContainer',
  'catalogue',
  'locale',
  'messages',
  'coreMessages',
]

describe("Storybook's Controls panel describes every public component's own props", () => {
  for (const [file, component, props] of [
    ['builder/interactive-builder.tsx', 'InteractiveBuilder', builderProps],
    ['builder/builder-root.tsx', 'Builder.Root', builderProps],
    ['composer/interactive-composer.tsx', 'InteractiveComposer', [...builderProps, 'endpoint', 'sendMode', 'onSent']],
    ['send-dialog/send-interactive-dialog.tsx', 'SendInteractiveDialog', [...sendProps, 'trigger']],
    ['send-dialog/send-dialog-root.tsx', 'SendDialog.Root', sendProps],
    ['preview/interactive-preview.tsx', 'InteractivePreview', ['value', 'theme', 'locale', 'onReply', 'catalogue']],
  ] as const) {
    it(`${component}`, () => {
      const found = documentedProps(file, component)
      const undescribed = props.filter((name) => !found[name]?.trim())
      expect(undescribed).toEqual([])
    })
  }
})

// The Docs page renders a component's doc comment as Markdown: JSX after `@example` outside a
// code fence is read as HTML and lost ("@example setDraft(draft)} locale=…").
describe("the Docs pages show each public component's example as code", () => {
  for (const [file, component] of [
    ['builder/interactive-builder.tsx', 'InteractiveBuilder'],
    ['composer/interactive-composer.tsx', 'InteractiveComposer'],
    ['send-dialog/send-interactive-dialog.tsx', 'SendInteractiveDialog'],
    ['preview/interactive-preview.tsx', 'InteractivePreview'],
  ] as const) {
    it(`${component}`, () => {
      const description = componentDoc(file, component)?.description ?? ''
      expect(description).not.toMatch(/@example\s*\n\s*</)
      // Not the literal tag above the code: a heading (.storybook/component-description.ts).
      const shown = componentDescription({ __docgenInfo: { description } })
      expect(shown).not.toMatch(/@example/)
      expect(shown.match(/^\*\*Example\*\*\n```tsx$/gm)?.length ?? 0).toBe(
        description.match(/^@example/gm)?.length ?? 0,
      )
    })
  }
})

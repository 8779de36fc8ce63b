import { describe, expect, it } from 'vitest'

// Storybook is read offline too (a static build on an intranet, a laptop on a train): a story
// whose args point at the fixtures' example.co.tz pictures or videos asks a host no one reaches,
// a failed request and a console error in every copy of the built Storybook. Stories pass their
// fixtures through withLocalMedia (preview/testing/local-media.ts), which this checks they did.
const storyModules = import.meta.glob<Record<string, unknown>>('./**/*.stories.tsx', { eager: true })
const REMOTE_MEDIA = /https:\/\/(images|media)\.example\.co\.tz\/[^"]*/g

interface StoryLike {
  args?: Record<string, unknown>
}

describe('every story’s args', () => {
  it('finds the story files', () => {
    expect(Object.keys(storyModules).length).toBeGreaterThan(10)
  })

  it.each(Object.entries(storyModules))('%s links no remote picture or video', (_file, module) => {
    const meta = (module.default ?? {}) as StoryLike
    const remote = Object.entries(module)
      .filter(([name]) => name !== 'default')
      .flatMap(([name, story]) => {
        const args = { ...meta.args, ...(story as StoryLike).args }
        return [...JSON.stringify(args).matchAll(REMOTE_MEDIA)].map((match) => `${name}: ${match[0]}`)
      })
    expect(remote).toEqual([])
  })
})

import { commands } from 'vitest/browser'

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Chromium's accessibility tree below `selector`, as lines (vitest.config.ts). */
    accessibilityTree: (selector: string) => Promise<string[]>
  }
}

/**
 * What a screen reader is given below the first element matching `selector`, from Chromium's
 * own accessibility tree: one line per node in reading order, `role "name" — description` or
 * `"text"`, indented by depth.
 */
export const accessibilityTree = (selector: string): Promise<string[]> => commands.accessibilityTree(selector)

/** The first line Chromium gives a screen reader for `element`: `role "name" — description`. */
export async function spoken(element: Element): Promise<string> {
  element.setAttribute('data-spoken', '')
  try {
    return (await accessibilityTree('[data-spoken]'))[0] ?? ''
  } finally {
    element.removeAttribute('data-spoken')
  }
}

import type { IssuePath } from '@briq-interactive/core'

/** `["interactive","action","buttons",1,"reply","title"]` → `interactive.action.buttons[1].reply.title`. */
export function fieldPath(path: IssuePath): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? part : `.${part}`
  }
  return out
}

import { coreIssueMessagesEn } from '../i18n/core-issue-messages-en.ts'
import type { IssuePath } from '../issue.ts'

/**
 * Names a field for a person, in English: `["action","buttons",1,"reply","title"]` → "Button 2
 * title", `["action","sections",0,"rows",2,"id"]` → "Section 1 row 3 id", `["action","button"]`
 * → "List button label". Paths may start with "interactive" (send requests). For another
 * language, `describeField(path, coreMessagesSw)`.
 */
export function describePath(path: IssuePath): string {
  return coreIssueMessagesEn.field(path)
}

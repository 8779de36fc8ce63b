'use client'

import type { Issue } from '@briq-interactive/core'
import type { ComponentPropsWithoutRef } from 'react'
import { forwardRef } from 'react'
import { withClassName } from '../dom/with-class-name.ts'
import { IssueSummary } from './issue-summary.tsx'
import { useSendDialog } from './send-dialog-context.ts'
import { usePartsRootCheck } from './use-parts-root-check.ts'

/** Props of {@link SendDialogIssues}; other props are spread onto its wrapper. */
export interface SendDialogIssuesProps extends ComponentPropsWithoutRef<'div'> {
  /**
   * `all` (default) lists every issue; `request` only those outside the interactive object
   * (recipient, sender, conversation), for a layout whose builder already shows the message's.
   */
  scope?: 'all' | 'request' | undefined
}

const inRequest = (issue: Issue) => issue.path[0] !== 'interactive'

/**
 * Core's validation of the request: errors ("… to fix before sending") block the send,
 * warnings ("you can still send") do not. Renders nothing when there are neither. Recipient problems are
 * left to `SendDialog.Recipient`.
 */
export const SendDialogIssues = forwardRef<HTMLDivElement, SendDialogIssuesProps>(
  function SendDialogIssues(props, ref) {
    usePartsRootCheck('SendDialog.Issues')
    const { className, scope = 'all', ...rest } = props
    const { t, core, lang, coreLangOf, plan } = useSendDialog('SendDialog.Issues')
    const issues = scope === 'all' ? plan.issues : plan.issues.filter(inRequest)
    const warnings = scope === 'all' ? plan.warnings : plan.warnings.filter(inRequest)
    if (issues.length === 0 && warnings.length === 0) return null
    return (
      <div {...rest} ref={ref} className={withClassName('bi-send-dialog-issue-groups', className)}>
        <IssueSummary issues={issues} warnings={warnings} t={t} core={core} languages={{ lang, coreLangOf }} />
      </div>
    )
  },
)
if (process.env.NODE_ENV !== 'production') SendDialogIssues.displayName = 'SendDialog.Issues'

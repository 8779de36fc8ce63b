import type { ComponentPropsWithoutRef, ReactNode } from 'react'
import { IssueSummary } from './issue-summary.tsx'
import { useSendDialog } from './send-dialog-context.ts'

/** Props of {@link SendDialogIssues}, spread onto its wrapper. */
export type SendDialogIssuesProps = ComponentPropsWithoutRef<'div'>

/**
 * Core's validation of the request: errors ("… to fix before sending") block the send,
 * warnings ("you can still send") do not. Renders nothing when there are neither. Recipient problems are
 * left to `SendDialog.Recipient`.
 */
export function SendDialogIssues(props: SendDialogIssuesProps): ReactNode {
  const { className, ...rest } = props
  const { t, core, plan } = useSendDialog('SendDialog.Issues')
  if (plan.issues.length === 0 && plan.warnings.length === 0) return null
  return (
    <div {...rest} className={className ? `bi-send-dialog-issue-groups ${className}` : 'bi-send-dialog-issue-groups'}>
      <IssueSummary issues={plan.issues} warnings={plan.warnings} t={t} core={core} />
    </div>
  )
}
SendDialogIssues.displayName = 'SendDialog.Issues'

import type { MessageStatusValue } from '@briq-interactive/core'
import { useTranslate } from '../i18n/translator.ts'

const STEPS = ['pending', 'sent', 'delivered', 'read'] as const

/** pending → sent → delivered → read, with the steps reached marked (or the failure). */
export function StatusSteps({ status }: { status: MessageStatusValue | undefined }) {
  const t = useTranslate()
  const reached = (STEPS as readonly string[]).indexOf(status ?? '')
  return (
    <ol className="pg-steps" data-failed={status === 'failed' ? '' : undefined}>
      {STEPS.map((step, index) => (
        <li
          key={step}
          data-state={index < reached ? 'done' : index === reached ? 'current' : 'todo'}
          aria-current={index === reached ? 'step' : undefined}
        >
          {t(`status_${step}`)}
        </li>
      ))}
    </ol>
  )
}

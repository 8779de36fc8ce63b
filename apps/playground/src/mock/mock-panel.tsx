import { normalizePhone, type ProductCatalogue } from '@briq-interactive/core'
import { SCENARIO_NAMES, type ScenarioName } from '@briq-interactive/mock'
import { keepPlainSelectKeys } from '@briq-interactive/react'
import { useEffect, useId, useState } from 'react'
import { useRewording } from '../components/use-rewording.ts'
import { type PlaygroundTranslate, useTranslate } from '../i18n/translator.ts'
import { describeControlError } from './describe-control-error.ts'
import { type MockControls, mockAnswersFor } from './mock-controls.ts'

/** Props of `MockPanel`. */
export interface MockPanelProps {
  /** The in-page mock's control routes. */
  controls: MockControls
  /** The recipient typed in the composer, for "the customer writes first". */
  recipient: string
  /** Why recording a tap in the preview failed, if it did (the panel words it). */
  replyError: unknown
  /**
   * The message sent last: when its type asks for more than a tap (a location, calls allowed, a
   * flow completed, an address), the panel offers those answers, since the preview's buttons
   * for them only show what the customer sees.
   */
  sent?: { messageId: string; type: string } | undefined
  /** The mock shop's products, listed so their ids can be typed in the form. */
  catalogue: ProductCatalogue | undefined
  /**
   * Called once the mock answers differently from now on (another scenario, a reset, a window
   * opened by the customer): a send result from before no longer says what Send would do.
   */
  onMockChanged: () => void
  /** Called once the mock was reset, before `onMockChanged`: it no longer knows any message sent. */
  onMockReset: () => void
}

/**
 * What the panel last did, kept as facts (not sentences) so it is worded again in the language
 * now chosen, and dropped when what caused it is gone: a scenario notice when another scenario
 * or a reset replaces it, "the customer wrote" when the number changes.
 */
type Notice =
  | { kind: 'scenario'; scenario: ScenarioName }
  | { kind: 'scenario-failed'; error: unknown }
  | { kind: 'wrote'; number: string }
  | { kind: 'write-failed'; error: unknown }
  | { kind: 'reset' }
  | { kind: 'reset-failed'; error: unknown }

function word(notice: Notice, t: PlaygroundTranslate): { ok: boolean; text: string } {
  switch (notice.kind) {
    case 'scenario':
      return { ok: true, text: t('scenarioChanged', { name: t(`scenario_${notice.scenario}`) }) }
    case 'scenario-failed':
      return { ok: false, text: t('scenarioFailed', { reason: describeControlError(notice.error, t) }) }
    case 'wrote':
      return { ok: true, text: t('customerWrote', { number: `+${notice.number}`, text: t('customerWritesFirstText') }) }
    case 'write-failed':
      return { ok: false, text: t('customerWriteFailed', { reason: describeControlError(notice.error, t) }) }
    case 'reset':
      return { ok: true, text: t('resetDone') }
    case 'reset-failed':
      return { ok: false, text: t('resetFailed', { reason: describeControlError(notice.error, t) }) }
  }
}

/**
 * The in-page mock's controls: play the customer (answer from the preview, or write first to
 * open the 24-hour window), choose how the mock answers, and reset it. Shown in mock mode only.
 */
export function MockPanel({
  controls,
  recipient,
  replyError,
  sent,
  catalogue,
  onMockChanged,
  onMockReset,
}: MockPanelProps) {
  const t = useTranslate()
  const id = useId()
  const rewording = useRewording(t)
  const [scenario, setScenario] = useState<ScenarioName>('happy')
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<Notice | undefined>(undefined)
  // A failure to answer is about that message: another send makes it stale.
  const [failedAnswer, setFailedAnswer] = useState<{ messageId: string; error: unknown } | undefined>(undefined)
  const answerError = failedAnswer?.messageId === sent?.messageId ? failedAnswer?.error : undefined
  // A reset forgets every message: the one sent before it is no longer there to answer.
  const [forgotten, setForgotten] = useState<string | undefined>(undefined)
  const answers = sent === undefined || sent.messageId === forgotten ? [] : mockAnswersFor(sent.type)
  const phone = normalizePhone(recipient)
  const number = phone.ok ? phone.value : undefined
  // "The customer wrote" is about one number: typing another makes it stale.
  useEffect(() => {
    setNotice((current) => (current?.kind === 'wrote' && current.number !== number ? undefined : current))
  }, [number])

  const run = async (action: () => Promise<Notice>, failed: (error: unknown) => Notice) => {
    setBusy(true)
    try {
      setNotice(await action())
      onMockChanged()
    } catch (error) {
      setNotice(failed(error))
    } finally {
      setBusy(false)
    }
  }
  const choose = (name: ScenarioName) => {
    const previous = scenario
    setScenario(name)
    void run(
      async () => {
        await controls.setScenario(name)
        return { kind: 'scenario', scenario: name }
      },
      (error) => {
        setScenario(previous)
        return { kind: 'scenario-failed', error }
      },
    )
  }
  const writeFirst = () => {
    if (number === undefined) return
    void run(
      async () => {
        await controls.customerWritesFirst(number, t('customerWritesFirstText'))
        return { kind: 'wrote', number }
      },
      (error) => ({ kind: 'write-failed', error }),
    )
  }
  const reset = () =>
    void run(
      async () => {
        await controls.reset()
        onMockReset()
        setForgotten(sent?.messageId)
        setScenario('happy')
        return { kind: 'reset' }
      },
      (error) => ({ kind: 'reset-failed', error }),
    )

  // The composer follows the message and shows the answer under it, as it does a tap's.
  const answer = (choice: (typeof answers)[number]) => {
    if (sent === undefined) return
    const { messageId } = sent
    setFailedAnswer(undefined)
    controls.answer(messageId, choice).catch((error: unknown) => setFailedAnswer({ messageId, error }))
  }

  const shown = notice ? word(notice, t) : undefined
  return (
    <section className="pg-panel" aria-labelledby={`${id}-heading`} aria-busy={busy}>
      <h2 id={`${id}-heading`}>{t('mockHeading')}</h2>
      <h3>{t('customerHeading')}</h3>
      <p className="pg-hint">{t('customerHint')}</p>
      <button
        type="button"
        className="pg-button"
        onClick={writeFirst}
        disabled={number === undefined}
        aria-describedby={`${id}-write-hint`}
      >
        {t('customerWritesFirst')}
      </button>
      {/* Each hint is its button's description, and read there only: as text too, a swipe met
          it twice in a row. A disabled button's why stays text, as Tab never reaches it. */}
      <p id={`${id}-write-hint`} className="pg-hint" aria-hidden={number === undefined ? undefined : 'true'}>
        {number === undefined
          ? t('customerWritesFirstNoNumber', { field: t('sendDialog.recipient.label') })
          : t('customerWritesFirstHint', { number: `+${number}` })}
      </p>
      {answers.length === 0 ? null : (
        <>
          <p id={`${id}-answer-hint`} className="pg-hint" aria-hidden="true">
            {t('answerHint')}
          </p>
          {answers.map((choice) => (
            <button
              key={choice}
              type="button"
              className="pg-button"
              onClick={() => answer(choice)}
              aria-describedby={`${id}-answer-hint`}
            >
              {t(`answer_${choice}`)}
            </button>
          ))}
        </>
      )}
      {[replyError, answerError].map((error, index) =>
        error === undefined ? null : (
          <p
            key={index === 0 ? 'tap' : 'answer'}
            className="pg-error-text"
            role="alert"
            aria-live={rewording ? 'off' : undefined}
          >
            {t('replyFailed', { reason: describeControlError(error, t) })}
          </p>
        ),
      )}
      <div className="pg-field-plain">
        <label className="pg-label" htmlFor={`${id}-scenario`}>
          {t('scenarioLabel')}
        </label>
        <select
          id={`${id}-scenario`}
          className="pg-input"
          onKeyDown={keepPlainSelectKeys}
          value={scenario}
          onChange={(event) => {
            const name = SCENARIO_NAMES.find((candidate) => candidate === event.target.value)
            if (name) choose(name)
          }}
        >
          {SCENARIO_NAMES.map((name) => (
            <option key={name} value={name}>
              {t(`scenario_${name}`)}
            </option>
          ))}
        </select>
      </div>
      {catalogue ? (
        <details className="pg-products">
          <summary>{t('shopProducts')}</summary>
          <ul>
            {Object.entries(catalogue).map(([productId, product]) => (
              <li key={productId}>
                <code>{productId}</code> {product.name}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p className="pg-hint">{t('flowIdHint', { field: t('field.flow.id') })}</p>
      <button type="button" className="pg-button" onClick={reset} aria-describedby={`${id}-reset-hint`}>
        {t('resetMock')}
      </button>
      <p id={`${id}-reset-hint`} className="pg-hint" aria-hidden="true">
        {t('resetHint')}
      </p>
      <p
        role="status"
        aria-live={rewording ? 'off' : 'polite'}
        className={shown?.ok === false ? 'pg-error-text' : 'pg-ok-text'}
      >
        {shown?.text}
      </p>
    </section>
  )
}

import { useId, useState } from 'react'
import { useTranslate } from '../i18n/translator.ts'
import { describeControlError } from '../mock/describe-control-error.ts'
import { MOCK_SCENARIOS, type MockControls, type MockScenario } from '../mock/mock-controls.ts'

/** Props of `ScenarioPicker`. */
export interface ScenarioPickerProps {
  /** The mock's control routes; absent when the playground talks to a real endpoint. */
  controls: MockControls | undefined
  /** The endpoint in use, named when scenarios are unavailable. */
  endpoint: string
}

/** Switches how the mock answers (happy, window-closed, rate-limited, server-error, slow-network). */
export function ScenarioPicker({ controls, endpoint }: ScenarioPickerProps) {
  const t = useTranslate()
  const id = useId()
  const [scenario, setScenario] = useState<MockScenario>('happy')
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | undefined>(undefined)
  const [busy, setBusy] = useState(false)

  const choose = async (name: MockScenario) => {
    if (!controls) return
    const previous = scenario
    setScenario(name)
    setBusy(true)
    try {
      await controls.setScenario(name)
      setNotice({ ok: true, text: t('scenarioChanged', { name: t(`scenario_${name}`) }) })
    } catch (error) {
      setScenario(previous)
      setNotice({ ok: false, text: t('scenarioFailed', { reason: describeControlError(error, t) }) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="pg-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('scenarioHeading')}</h2>
      {controls ? (
        <div className="pg-field">
          <label className="pg-label" htmlFor={id}>
            {t('scenarioLabel')}
          </label>
          <select
            id={id}
            className="pg-input"
            value={scenario}
            aria-busy={busy}
            onChange={(event) => {
              const name = MOCK_SCENARIOS.find((candidate) => candidate === event.target.value)
              if (name) void choose(name)
            }}
          >
            {MOCK_SCENARIOS.map((name) => (
              <option key={name} value={name}>
                {t(`scenario_${name}`)}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p className="pg-hint">{t('scenarioUnavailable', { endpoint })}</p>
      )}
      <p role="status" aria-live="polite" className={notice?.ok === false ? 'pg-error-text' : 'pg-ok-text'}>
        {notice?.text}
      </p>
    </section>
  )
}

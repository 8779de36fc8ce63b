import type { InteractiveReply } from '@briq-interactive/core'
import { InteractivePreview } from '@briq-interactive/react'
import { useCallback, useId, useMemo, useState } from 'react'
import { FileActions } from './components/file-actions.tsx'
import { IssueList } from './components/issue-list.tsx'
import { JsonEditor } from './components/json-editor.tsx'
import { RecipientField } from './components/recipient-field.tsx'
import { ScenarioPicker } from './components/scenario-picker.tsx'
import { type PlaygroundTheme, SettingsBar } from './components/settings-bar.tsx'
import { SnippetPanel } from './components/snippet-panel.tsx'
import { TypePicker } from './components/type-picker.tsx'
import { clientFor, type PlaygroundConnection } from './connection.ts'
import { useComposer } from './draft/use-composer.ts'
import { createTranslator, type PlaygroundLocale, TranslateContext } from './i18n/translator.ts'
import { createMockControls } from './mock/mock-controls.ts'
import { SendPanel } from './send/send-panel.tsx'
import { useSendSession } from './send/use-send-session.ts'

/** Props of `App`. */
export interface AppProps {
  /** Where to send: the in-browser mock or a real endpoint. */
  connection: PlaygroundConnection
  /** Time between status refreshes (tests pass a short one). */
  pollIntervalMs?: number
  /** The starting language. Default `en`. */
  initialLocale?: PlaygroundLocale
  /** Why the in-browser mock did not start, when it did not. */
  mockError?: string | undefined
}

/** The playground: compose, check, preview, send, watch the status and the customer's reply. */
export function App({ connection, pollIntervalMs, initialLocale = 'en', mockError }: AppProps) {
  const [locale, setLocale] = useState<PlaygroundLocale>(initialLocale)
  const [theme, setTheme] = useState<PlaygroundTheme>('system')
  const t = useMemo(() => createTranslator(locale), [locale])
  const composer = useComposer()
  const [client] = useState(() => clientFor(connection))
  const [controls] = useState(() => (connection.mode === 'mock' ? createMockControls(connection.endpoint) : undefined))
  const [sendState, session] = useSendSession(client, pollIntervalMs)
  const [replyError, setReplyError] = useState<string | undefined>(undefined)
  const headingId = useId()

  const blockedReason = composer.syntaxError
    ? t('jsonErrorKept')
    : !composer.validation.ok
      ? t('sendBlocked')
      : undefined

  const { request } = composer
  const send = useCallback(() => {
    setReplyError(undefined)
    // The validation above passed for exactly this object, so it is a SendInteractiveRequest.
    void session.send(request as Parameters<typeof session.send>[0])
  }, [session, request])

  const messageId = sendState.phase === 'sent' ? sendState.messageId : undefined
  const onReply = useCallback(
    (reply: InteractiveReply) => {
      if (!controls || !messageId) return
      setReplyError(undefined)
      controls.reply(messageId, reply).then(
        () => session.refresh(),
        (error: unknown) => setReplyError(error instanceof Error ? error.message : String(error)),
      )
    },
    [controls, messageId, session],
  )

  return (
    <TranslateContext.Provider value={t}>
      <div className="pg-app" data-theme={theme} lang={locale}>
        <header className="pg-header">
          <div>
            <h1 id={headingId}>{t('appTitle')}</h1>
            <p className="pg-hint">{t('appTagline')}</p>
            <p className="pg-mode" data-mode={connection.mode}>
              {connection.mode === 'mock' ? t('modeMock') : t('modeProxy', { endpoint: connection.endpoint })}
            </p>
          </div>
          {mockError ? (
            <p className="pg-alert" role="alert">
              {t('mockFailed', { reason: mockError })}
            </p>
          ) : null}
          <SettingsBar locale={locale} onLocaleChange={setLocale} theme={theme} onThemeChange={setTheme} />
        </header>
        <main className="pg-main" aria-labelledby={headingId}>
          <section className="pg-column" aria-label={t('composerHeading')}>
            <TypePicker value={composer.type} onValueChange={composer.loadExample} />
            <JsonEditor text={composer.text} onTextChange={composer.setText} error={composer.syntaxError} />
            <RecipientField value={composer.recipient} onValueChange={composer.setRecipient} phone={composer.phone} />
            <IssueList validation={composer.validation} />
          </section>
          <section className="pg-column pg-preview-column" aria-label={t('previewHeading')}>
            <InteractivePreview
              value={composer.request.interactive}
              theme={theme}
              locale={locale}
              businessName="Duka la Mama Neema"
              onReply={onReply}
            />
          </section>
          <div className="pg-column">
            <SendPanel
              state={sendState}
              onSend={send}
              blockedReason={blockedReason}
              recipient={composer.phone.ok ? composer.phone.value : undefined}
              endpoint={connection.endpoint}
              mode={connection.mode}
              controls={controls}
              replyError={replyError}
            />
            <ScenarioPicker controls={controls} endpoint={connection.endpoint} />
            <SnippetPanel request={composer.request} endpoint={connection.endpoint} />
            <FileActions request={composer.request} onImport={composer.replaceDraft} />
          </div>
        </main>
      </div>
    </TranslateContext.Provider>
  )
}

import type { InteractiveReply, SendInteractiveRequest } from '@briq-interactive/core'
import { InteractivePreview, useMessageStatus, useSendInteractive } from '@briq-interactive/react'
import { useCallback, useEffect, useId, useMemo, useState } from 'react'
import type { AppProps } from './app.tsx'
import { FileActions } from './components/file-actions.tsx'
import { IssueList } from './components/issue-list.tsx'
import { JsonEditor } from './components/json-editor.tsx'
import { RecipientField } from './components/recipient-field.tsx'
import { ScenarioPicker } from './components/scenario-picker.tsx'
import { type PlaygroundTheme, SettingsBar } from './components/settings-bar.tsx'
import { SnippetPanel } from './components/snippet-panel.tsx'
import { TypePicker } from './components/type-picker.tsx'
import { useComposer } from './draft/use-composer.ts'
import { coreMessagesFor, createTranslator, type PlaygroundLocale, TranslateContext } from './i18n/translator.ts'
import { describeControlError } from './mock/describe-control-error.ts'
import { createMockControls } from './mock/mock-controls.ts'
import { SendPanel } from './send/send-panel.tsx'
import { statusPolling } from './send/status-polling.ts'

/**
 * The playground's screen: compose, check, preview, send, watch the status and the customer's
 * reply. Sends with `useSendInteractive` and follows the message with `useMessageStatus`, so it
 * must sit inside a `BriqProvider` (see `App`).
 */
export function PlaygroundScreen({ connection, pollIntervalMs, initialLocale = 'en', mockError }: AppProps) {
  const [locale, setLocale] = useState<PlaygroundLocale>(initialLocale)
  const [theme, setTheme] = useState<PlaygroundTheme>('system')
  const t = useMemo(() => createTranslator(locale), [locale])
  const language = useMemo(() => ({ t, core: coreMessagesFor(locale) }), [t, locale])
  // The tab's title and the page's language follow the chosen language (screen readers,
  // spell checkers and hyphenation read the document's lang).
  useEffect(() => {
    document.title = t('appTitle')
    document.documentElement.lang = locale
  }, [t, locale])
  const composer = useComposer()
  const [controls] = useState(() => (connection.mode === 'mock' ? createMockControls(connection.endpoint) : undefined))
  const sending = useSendInteractive()
  const messageId = sending.data?.message_id
  const delivery = useMessageStatus(messageId, {
    ...statusPolling(connection.mode, pollIntervalMs),
    initialStatus: sending.data?.status,
  })
  const refreshDelivery = delivery.refresh
  const [replyError, setReplyError] = useState<string | undefined>(undefined)
  const headingId = useId()

  const blockedReason = composer.syntaxError
    ? t('jsonErrorKept')
    : !composer.validation.ok
      ? t('sendBlocked')
      : undefined

  const { request } = composer
  const { send: sendRequest } = sending
  const send = useCallback(() => {
    setReplyError(undefined)
    // The send is only enabled when the validation above passed for exactly this object.
    void sendRequest(request as SendInteractiveRequest)
  }, [sendRequest, request])
  const sendAnyway = useCallback(() => {
    setReplyError(undefined)
    void sendRequest(request as SendInteractiveRequest, { allowDuplicate: true })
  }, [sendRequest, request])

  const onReply = useCallback(
    (reply: InteractiveReply) => {
      if (!controls || !messageId) return
      setReplyError(undefined)
      // Poll as soon as the mock has the reply, instead of waiting for the next poll.
      controls
        .reply(messageId, reply)
        .then(() => refreshDelivery())
        .catch((error: unknown) => setReplyError(describeControlError(error, t)))
    },
    [controls, messageId, refreshDelivery, t],
  )

  return (
    <TranslateContext.Provider value={language}>
      <div className="pg-app" data-theme={theme} lang={locale}>
        <header className="pg-header">
          <div>
            <h1 id={headingId}>{t('appTitle')}</h1>
            <p className="pg-hint">{t(connection.mode === 'mock' ? 'appTagline' : 'appTaglineProxy')}</p>
            <p className="pg-mode" data-mode={connection.mode}>
              {connection.mode === 'mock' ? t('modeMock') : t('modeProxy', { endpoint: connection.endpoint })}
            </p>
          </div>
          {mockError ? (
            <p className="pg-alert" role="alert">
              {t('mockFailed')} <span lang="en">{mockError}</span>
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
              sending={sending}
              delivery={delivery}
              onSend={send}
              onSendAnyway={sendAnyway}
              blockedReason={blockedReason}
              recipient={composer.phone.ok ? composer.phone.value : undefined}
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

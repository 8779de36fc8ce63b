'use client'

export { en as messagesEn } from './i18n/messages/en.ts'
export { sw as messagesSw } from './i18n/messages/sw.ts'
export { getTranslator, type Locale, type MessageKey, type Messages, type Translate } from './i18n/messages.ts'
export { InteractivePreview, type InteractivePreviewProps } from './preview/interactive-preview.tsx'

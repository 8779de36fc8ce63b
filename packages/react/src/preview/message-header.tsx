import { loadableLink } from '@briq-interactive/core'
import { memo, type SyntheticEvent, useEffect, useRef, useState } from 'react'
import { useTypingPause } from '../dom/typing-pause.ts'
import { ownLangIn } from '../i18n/own-lang.tsx'
import { FormattedText } from './formatted-text.tsx'
import { Icon } from './icons.tsx'
import type { DraftHeader } from './normalize.ts'
import { useIssues, usePreview } from './preview-context.ts'

const formatDuration = (seconds: number): string => {
  const s = Math.max(0, Math.round(seconds))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

function fileName(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    const last = new URL(url).pathname.split('/').pop()
    return last ? decodeURIComponent(last) : undefined
  } catch {
    return undefined
  }
}

function Media({
  kind,
  url,
  mediaId,
  aspect,
}: {
  kind: 'image' | 'video'
  url: string | undefined
  mediaId: string | undefined
  aspect: 'header' | 'card'
}) {
  const { t, locale } = usePreview()
  const own = ownLangIn(t, locale)
  const [duration, setDuration] = useState<number | null>(null)
  // The link of the header's media once it has loaded taller than wide (a phone's 9:16 video, a
  // portrait photo), which WhatsApp draws in its narrower portrait bubble. A card's media is
  // square whatever its shape.
  const [portrait, setPortrait] = useState<string | null>(null)
  // The link that failed to load here: WhatsApp fetches the media from the link when it sends,
  // so a link this page cannot load is worth a look; a new link is tried again.
  const [failed, setFailed] = useState<string | null>(null)
  // A link is loaded once it can be one (core's rule: never "https://e", "https://example"…) and
  // typing has paused, not once per key; one that stops being a link goes at once.
  const typed = loadableLink(url)
  const settled = useTypingPause(typed)
  const linked = typed === undefined ? undefined : settled
  const src = linked === failed ? undefined : linked
  // Media uploaded by id is chosen, but only WhatsApp can fetch it: not an empty header.
  const byId = !url && mediaId !== undefined && mediaId !== ''
  // The link typed did not load; one still being typed says it is not loaded yet.
  const missing =
    linked !== undefined && linked === typed
      ? 'preview.mediaFailed'
      : url
        ? 'preview.mediaNotLoaded'
        : byId
          ? 'preview.mediaById'
          : 'preview.mediaMissing'
  const measured = (loaded: string, width: number, height: number) => {
    if (aspect === 'header') setPortrait(height > width && width > 0 ? loaded : null)
  }
  const readVideo = (video: HTMLVideoElement) => {
    if (Number.isFinite(video.duration)) setDuration(video.duration)
    measured(video.getAttribute('src') ?? '', video.videoWidth, video.videoHeight)
  }
  const readImage = (image: HTMLImageElement) =>
    measured(image.getAttribute('src') ?? '', image.naturalWidth, image.naturalHeight)
  // Server HTML loads its media at once, before React attaches onLoad as it hydrates, and React
  // replays no load event: what has loaded by then is read here.
  const image = useRef<HTMLImageElement>(null)
  const video = useRef<HTMLVideoElement>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: read again for each new link only
  useEffect(() => {
    if (image.current?.complete && image.current.naturalWidth > 0) readImage(image.current)
    if (video.current && video.current.readyState >= HTMLMediaElement.HAVE_METADATA) readVideo(video.current)
  }, [src])
  return (
    <div
      className="bi-media"
      data-kind={kind}
      data-aspect={aspect}
      data-empty={src || byId ? undefined : ''}
      data-orientation={src && portrait === src ? 'portrait' : undefined}
    >
      {src && kind === 'image' ? (
        <img
          className="bi-media-el"
          src={src}
          alt={t('preview.image')}
          lang={own('preview.image')}
          loading="lazy"
          decoding="async"
          // The operator's admin page is nobody's business at the media's host.
          referrerPolicy="no-referrer"
          onError={() => setFailed(src)}
          onLoad={(e: SyntheticEvent<HTMLImageElement>) => readImage(e.currentTarget)}
          ref={image}
        />
      ) : null}
      {src && kind === 'video' ? (
        // biome-ignore lint/a11y/useMediaCaption: the preview never plays the video; it only reads its duration
        <video
          className="bi-media-el"
          src={src}
          preload="metadata"
          playsInline
          aria-label={t('preview.video')}
          lang={own('preview.video')}
          onError={() => setFailed(src)}
          onLoadedMetadata={(e) => readVideo(e.currentTarget)}
          ref={video}
        />
      ) : null}
      {!src ? (
        <span className="bi-media-empty" role="img" aria-label={t(missing)} lang={own(missing)}>
          <Icon name="image" />
        </span>
      ) : null}
      {kind === 'video' ? (
        <>
          {/* The glyph draws what the video element is named: read once, as "Video" (it plays
              nothing here, so it is no "Play video"). With no video element (none given, or not
              loaded) it is what says the header is a video. */}
          {src ? (
            <span className="bi-play" aria-hidden="true">
              <Icon name="play" />
            </span>
          ) : (
            <span className="bi-play" role="img" aria-label={t('preview.video')} lang={own('preview.video')}>
              <Icon name="play" />
            </span>
          )}
          <span className="bi-duration">
            <Icon name="play" />
            {duration === null ? null : formatDuration(duration)}
          </span>
        </>
      ) : null}
    </div>
  )
}

/** The header of a bubble or carousel card: bold text, image, video or a document file card. */
export const MessageHeader = memo(function MessageHeader({
  header,
  aspect = 'header',
  listTitle = false,
}: {
  header: DraftHeader
  aspect?: 'header' | 'card'
  /** A list message's header, which WhatsApp formats (and links its phone numbers). */
  listTitle?: boolean
}) {
  const { t, messageLang, locale } = usePreview()
  const own = ownLangIn(t, locale)
  const issues = useIssues()
  if (header.kind === 'unreadable') {
    // A header that is there but cannot be drawn says what is wrong where it would be, barred.
    return (
      <div
        className="bi-header"
        data-kind="unreadable"
        data-invalid={issues.has(header.path) ? '' : undefined}
        lang={own(header.problem === 'noText' ? 'preview.headerNoText' : 'preview.headerUnreadable')}
      >
        {t(header.problem === 'noText' ? 'preview.headerNoText' : 'preview.headerUnreadable')}
      </div>
    )
  }
  // Issues about the header as a whole sit at its own path: one the type does not allow (a
  // location request's, a carousel's) or of a kind it does not take (a list's image).
  const invalid = issues.has((header.kind === 'text' ? header.text.path : header.path).slice(0, -1)) ? '' : undefined
  if (header.kind === 'text' && header.text.value === '') {
    // A text header chosen but not written yet: a quiet placeholder, as the body has.
    return (
      <div
        className="bi-header"
        data-kind="text"
        data-empty=""
        data-invalid={invalid}
        lang={own('preview.headerPlaceholder')}
      >
        {t('preview.headerPlaceholder')}
      </div>
    )
  }
  if (header.kind === 'text') {
    return (
      <div className="bi-header" data-kind="text" dir="auto" lang={messageLang} data-invalid={invalid}>
        {/* WhatsApp Web shows a list message's title with its conversation formatting (bold,
            italic, strikethrough, monospace, links, phone numbers; no quotes, lists or inline
            code: WAWebMessageList), and another interactive header through its header-and-footer
            format configuration, which links URLs and leaves markers as typed
            (WAWebInteractiveTitleHeader, WAWebFormatHeaderFooter). */}
        {listTitle ? (
          <FormattedText text={header.text.value} overflow={issues.overflow(header.text)} inline />
        ) : (
          <FormattedText text={header.text.value} overflow={issues.overflow(header.text)} plain links="urls" />
        )}
      </div>
    )
  }
  if (header.kind === 'document') {
    const given = header.filename?.value || fileName(header.url)
    const name = given || t('preview.documentFallbackName')
    const ext = /\.([a-z0-9]{1,5})$/i.exec(name)?.[1]?.toUpperCase()
    // A file's name (and the type it ends with) is the file's, written in no one language the
    // preview or the message could claim: unknown (lang=""), as the message's words are unsaid.
    const nameLang = given ? '' : own('preview.documentFallbackName')
    return (
      <div className="bi-header" data-kind="document" data-invalid={invalid}>
        <div className="bi-doc">
          {/* The type is also written out in .bi-doc-meta: the icon's label is decoration. */}
          <span className="bi-doc-icon" data-ext={ext?.toLowerCase()} aria-hidden="true">
            <Icon name="document" />
            {ext ? (
              <span className="bi-doc-ext" lang={nameLang}>
                {ext}
              </span>
            ) : null}
          </span>
          <span className="bi-doc-text">
            <span className="bi-doc-name" dir="auto" lang={nameLang}>
              {name}
            </span>
            <span className="bi-doc-meta" lang={ext === undefined ? own('preview.document') : nameLang}>
              {ext ?? t('preview.document')}
            </span>
          </span>
        </div>
      </div>
    )
  }
  return (
    <div className="bi-header" data-kind={header.kind} data-invalid={invalid}>
      {/* Another kind is another element, whose link loads at once (no image of a video's link). */}
      <Media key={header.kind} kind={header.kind} url={header.url} mediaId={header.mediaId} aspect={aspect} />
    </div>
  )
})

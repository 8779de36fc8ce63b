/// <reference types="vite/client" />
import kitStyles from '../styles.css?inline'

/**
 * An open shadow root on a new `<briq-test-host>` appended to the page, with the kit's stylesheet
 * adopted, as a web component would have it. The caller removes `shadowRoot.host` after its test.
 */
export function attachKitShadowRoot(): ShadowRoot {
  const host = document.createElement('briq-test-host')
  document.body.append(host)
  const shadow = host.attachShadow({ mode: 'open' })
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(kitStyles)
  shadow.adoptedStyleSheets = [sheet]
  return shadow
}

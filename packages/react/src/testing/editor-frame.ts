import kitCss from '../styles.css?raw'

/**
 * An iframe titled "Message editor" added to this page, for a host that renders the kit from its
 * own page into the frame's document (an editor's canvas, `react-frame-component`): one React, two
 * documents. Returns the frame's document, empty.
 */
export function editorFrame(): Document {
  const frame = document.createElement('iframe')
  frame.title = 'Message editor'
  frame.style.cssText = 'width: 900px; height: 800px; border: 0'
  document.body.append(frame)
  return frame.contentDocument as Document
}

/** A `<style>` of `frameDocument` holding the kit's stylesheet, to put where the kit renders. */
export function kitStyle(frameDocument: Document): HTMLStyleElement {
  const style = frameDocument.createElement('style')
  style.textContent = kitCss
  return style
}

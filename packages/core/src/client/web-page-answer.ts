/**
 * What an answer that is not JSON was, when its body shows it was a web page (HTML) instead of
 * Briq's answer; never the page's own words, which may name hosts inside a network:
 * - `page` — a web page: a gateway's error page, a network's sign-in (a captive portal on plain
 *   HTTP), or a site's own page where Briq's API or the proxy should answer (a single-page app
 *   serving its index.html at any path, when the proxy's URL is wrong);
 * - `headers_too_large` — a 4xx page saying the request's headers (cookies, most often) were too
 *   large, whatever its status: nginx answers it 400 "Request Header Or Cookie Too Large", Apache
 *   400 "Size of a request header field exceeds server limit", IIS (HTTP.sys, also in front of
 *   Azure App Service) 400 "The size of the request headers is too long" (RFC 6585 gives it 431).
 */
export type WebPageAnswer = 'page' | 'headers_too_large'

// The start of an HTML document, as a server sends one (WHATWG HTML, "Writing HTML documents":
// a doctype, else the html, head or body element, or a bare title, possibly after a BOM).
const HTML_START = /^\s*<(?:!doctype\s+html|html|head|body|title)[\s>/]/i
const HEADERS_TOO_LARGE =
  /request header or cookie too large|request header fields too large|size of a request header field exceeds|size of the request headers is too long/i
// A gateway's page says what it is near its start; a huge body is not searched to its end.
const READ = 64 * 1024

/** Whether a body that is not JSON was a web page, and which kind (see `WebPageAnswer`). */
export function readWebPage(text: string, contentType: string | null, status: number): WebPageAnswer | undefined {
  const start = text.slice(0, READ)
  if (!/html/i.test(contentType ?? '') && !HTML_START.test(start)) return undefined
  return status >= 400 && status < 500 && HEADERS_TOO_LARGE.test(start) ? 'headers_too_large' : 'page'
}

/**
 * The element rules of a typical admin's CSS reset, unlayered and by element only, as
 * Bootstrap 5.3's Reboot (MIT) writes them: what the kit meets in most admin UIs. The kit's
 * rules must set whatever these would change.
 */
export const ELEMENT_RESET = `
*, ::before, ::after { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, sans-serif; font-size: 1rem; font-weight: 400; line-height: 1.5; color: #212529; }
h1, h2, h3, h4, h5, h6 { margin-top: 0; margin-bottom: .5rem; font-weight: 500; line-height: 1.2; }
h2 { font-size: 2rem; }
h3 { font-size: 1.75rem; }
p { margin-top: 0; margin-bottom: 1rem; }
ol, ul { padding-left: 2rem; margin-top: 0; margin-bottom: 1rem; }
b, strong { font-weight: bolder; }
small { font-size: .875em; }
a { color: rgb(13, 110, 253); text-decoration: underline; }
code { font-size: .875em; color: #d63384; word-wrap: break-word; }
pre { display: block; margin-top: 0; margin-bottom: 1rem; overflow: auto; font-size: .875em; }
img, svg { vertical-align: middle; }
label { display: inline-block; }
button { border-radius: 0; }
input, button, select, optgroup, textarea { margin: 0; font-family: inherit; font-size: inherit; line-height: inherit; }
button, select { text-transform: none; }
textarea { resize: vertical; }
fieldset { min-width: 0; padding: 0; margin: 0; border: 0; }
legend { float: left; width: 100%; padding: 0; margin-bottom: .5rem; font-size: calc(1.275rem + .3vw); line-height: inherit; }
summary { display: list-item; cursor: pointer; }
hr { margin: 1rem 0; color: inherit; border: 0; border-top: 1px solid; opacity: .25; }
`

/**
 * Tailwind CSS 3's Preflight (MIT), unlayered as Tailwind 3 emits it, and loaded after the kit
 * (an app's own stylesheet usually comes last): its attribute selectors (`[type='button']`)
 * tie with one kit class, so only a kit rule at least as specific keeps the kit's look.
 */
export const PREFLIGHT_RESET = `
*, ::before, ::after { box-sizing: border-box; border-width: 0; border-style: solid; border-color: #e5e7eb; }
html { line-height: 1.5; font-family: ui-sans-serif, system-ui, sans-serif; }
body { margin: 0; line-height: inherit; }
hr { height: 0; color: inherit; border-top-width: 1px; }
h1, h2, h3, h4, h5, h6 { font-size: inherit; font-weight: inherit; }
a { color: inherit; text-decoration: inherit; }
b, strong { font-weight: bolder; }
code, kbd, samp, pre { font-family: ui-monospace, monospace; font-size: 1em; }
small { font-size: 80%; }
button, input, optgroup, select, textarea { font-family: inherit; font-size: 100%; font-weight: inherit; line-height: inherit; color: inherit; margin: 0; padding: 0; }
button, select { text-transform: none; }
button, [type='button'], [type='reset'], [type='submit'] { -webkit-appearance: button; background-color: transparent; background-image: none; }
progress { vertical-align: baseline; }
summary { display: list-item; }
blockquote, dl, dd, h1, h2, h3, h4, h5, h6, hr, figure, p, pre { margin: 0; }
fieldset { margin: 0; padding: 0; }
legend { padding: 0; }
ol, ul, menu { list-style: none; margin: 0; padding: 0; }
textarea { resize: vertical; }
input::placeholder, textarea::placeholder { opacity: 1; color: #9ca3af; }
button, [role="button"] { cursor: pointer; }
img, svg, video, canvas, audio, iframe, embed, object { display: block; vertical-align: middle; }
img, video { max-width: 100%; height: auto; }
[hidden] { display: none; }
`

/**
 * Rules an admin's own stylesheet often adds, unlayered and loaded last, after Tailwind CSS 4's
 * universal reset (MIT; Tailwind 4 puts it in `@layer base`, here unlayered as an app's own
 * reset would be): universal and element rules that the kit's own classes must outweigh.
 */
export const HOST_RULES = `
*, ::after, ::before, ::backdrop, ::file-selector-button { box-sizing: border-box; margin: 0; padding: 0; border: 0 solid; }
* { line-height: 1.15; }
h1, h2, h3, h4, h5, h6 { font-size: inherit; font-weight: inherit; }
ol, ul, menu { list-style: none; }
img, svg, video { display: block; vertical-align: middle; }
img, video { max-width: 100%; height: auto; }
button { text-transform: uppercase; background-color: transparent; background-image: none; border-radius: 0; }
input, textarea, select { width: 100%; }
label { display: inline-block; }
legend { float: left; width: 100%; margin-bottom: .5rem; font-size: calc(1.275rem + .3vw); line-height: inherit; }
p { margin: 0 0 1rem; }
[hidden] { display: none !important; }
`

/**
 * A legacy admin's box model, loaded last: every box sized by its content (CSS's initial
 * `box-sizing`), where the browser's own stylesheet gives buttons and fields `border-box`.
 */
export const CONTENT_BOX_RESET = `
*, ::before, ::after { box-sizing: content-box; }
`

/**
 * A design system's bare buttons, loaded last: `all: unset` takes every property of a button back
 * to its initial or inherited value, the browser's own button look (border-box, centred text) too.
 */
export const UNSET_BUTTONS = `
button { all: unset; }
`

/**
 * The field rules of Tailwind CSS's forms plugin (`@tailwindcss/forms` 0.5, MIT), loaded last:
 * every field and select drawn by CSS (`appearance: none`), the select's arrow a background
 * image, and attribute selectors (`[type='text']`) that tie with one kit class. (Its radios,
 * drawn by CSS too, are the host's look on purpose: a kit radio takes it, still a radio.)
 */
export const FORMS_PLUGIN = `
[type='text'], input:where(:not([type])), [type='email'], [type='url'], [type='password'], [type='number'], [type='date'], [type='datetime-local'], [type='month'], [type='search'], [type='tel'], [type='time'], [type='week'], [multiple], textarea, select {
  appearance: none; background-color: #fff; border-color: #6b7280; border-width: 1px; border-radius: 0px;
  padding-top: .5rem; padding-right: .75rem; padding-bottom: .5rem; padding-left: .75rem; font-size: 1rem; line-height: 1.5rem;
}
select {
  background-image: url("data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' fill='none' viewBox='0 0 20 20'%3e%3cpath stroke='%236b7280' stroke-linecap='round' stroke-linejoin='round' stroke-width='1.5' d='M6 8l4 4 4-4'/%3e%3c/svg%3e");
  background-position: right .5rem center; background-repeat: no-repeat; background-size: 1.5em 1.5em; padding-right: 2.5rem; print-color-adjust: exact;
}
`

/**
 * A theme system keyed on `data-theme`, loaded last, as daisyUI 4 emits it for Tailwind 3 (MIT;
 * its `rootcolor` base style paints `:root` and every `[data-theme]` element, and each theme is a
 * `[data-theme=…]` rule), with the dark mode an admin often writes by hand for its `<html>`: rules
 * meant for the host's page, which a kit element must not match.
 */
export const THEME_ATTRIBUTE_RULES = `
:root, [data-theme] { background-color: rgb(250, 247, 245); color: rgb(31, 41, 55); }
[data-theme=light] { color-scheme: light; --b1: 100% 0 0; }
[data-theme=dark] { color-scheme: dark; --b1: 25.3% 0.016 252; }
[data-theme="dark"] { background: #111; color: #eee; font-family: Georgia, serif; line-height: 2; }
`

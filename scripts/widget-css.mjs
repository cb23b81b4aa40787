// The widget's style sheet (blankett-form.css), made from the app's own (style/main.css) so that the
// two cannot drift apart: style/widget.css first, then main.css rewritten for a shadow root.
//
// - `:root` (the page) is the widget's root element, `.blankett`; the page's own rules (body, the
//   site's header and footer) are left out.
// - Every length in `rem` is a multiple of `--blankett-unit` instead: in a shadow root `rem` is the
//   host page's root font size, which the host's style sheet may have set to anything.
// - Each colour of the app's palette, the font, the base font size, the corner radius and the
//   focus ring's width read a theme property (`--blankett-…`) first, with the app's value as the
//   default. THEME below is that list; README's table of them is checked against it by the
//   package's test (tests/e2e/package.test.mjs).
//
// Fails if a `rem` is left outside a media query's condition, or a rewrite found nothing to
// rewrite, rather than writing a style sheet that looks right and is not.
//
// Usage: node scripts/widget-css.mjs OUT.css
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/widget-css.mjs OUT.css');
  process.exit(2);
}
function fail(message) {
  console.error(`widget-css.mjs: ${message}`);
  process.exit(1);
}

/** The theme: each property a host page may set, and the app's own value it defaults to. */
export const THEME = {
  '--blankett-colour-text': '#0b0c0c',
  '--blankett-colour-secondary-text': '#484949',
  '--blankett-colour-link': '#1d4ed8',
  '--blankett-colour-focus': '#ffdd00',
  '--blankett-colour-error': '#b3261e',
  '--blankett-colour-border': '#505a5f',
  '--blankett-colour-button': '#00703c',
  '--blankett-colour-button-shadow': '#002d18',
  '--blankett-colour-light': '#f3f2f1',
  '--blankett-colour-background': '#fff',
  '--blankett-font': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif',
  '--blankett-font-size': '19px',
  '--blankett-unit': '16px',
  '--blankett-radius': '0',
  '--blankett-focus-width': '3px',
};

let css = readFileSync(new URL('style/main.css', root), 'utf8');
const replaceAll = (pattern, replacement, what) => {
  const before = css;
  css = css.replace(pattern, replacement);
  if (css === before) fail(`nothing to rewrite for ${what}: has style/main.css changed?`);
};

// The page's own rules are not the form's.
replaceAll(/^(body|\.site-[\w:-]+|\.footer-links[^{]*|\.start-failed|\.page) \{[^}]*\}\n/gm, '', 'the page\'s rules');
replaceAll(/:root \{/g, '.blankett {', ':root');
// The palette: `--text: #0b0c0c;` reads `--blankett-colour-text` first.
replaceAll(/^(\s+)--([\w-]+): ([^;]+);/gm, (line, indent, name, value) => {
  const theme = `--blankett-colour-${name}`;
  if (THEME[theme] !== value) fail(`--${name} is ${value} in main.css and ${THEME[theme]} in THEME`);
  return `${indent}--${name}: var(${theme}, ${value});`;
}, 'the palette');
replaceAll(/^(\s+)font-family: ([^;]+);/m, (line, indent, value) => {
  if (THEME['--blankett-font'] !== value) fail(`the font is ${value} in main.css and ${THEME['--blankett-font']} in THEME`);
  return `${indent}font-family: var(--blankett-font, ${value});`;
}, 'the font');
replaceAll(/^(\s+)font-size: 1\.1875rem;/m, '$1font-size: var(--blankett-font-size, 19px);\n$1--u: var(--blankett-unit, 16px);', 'the font size');
replaceAll(/border-radius: 0;/g, 'border-radius: var(--blankett-radius, 0);', 'the radius');
replaceAll(/outline: 3px solid var\(--focus\)/g, 'outline: var(--blankett-focus-width, 3px) solid var(--focus)', 'the focus ring');
replaceAll(/background: #fff;/g, 'background: var(--blankett-colour-background, #fff);', 'the background');
// Lengths, except in a media query's condition (a media query knows no custom property; its
// `rem` is the browser's default font size, not the page's).
css = css
  .split('\n')
  .map((line) => (line.startsWith('@media') ? line : line.replace(/(\d*\.?\d+)rem\b/g, 'calc($1 * var(--u))')))
  .join('\n');
const left = css.split('\n').filter((line) => !line.startsWith('@media') && /\d\s*rem\b/.test(line));
if (left.length) fail(`rem left in:\n${left.join('\n')}`);

const own = readFileSync(new URL('style/widget.css', root), 'utf8');
for (const name of Object.keys(THEME)) {
  if (!(own + css).includes(`var(${name},`)) fail(`${name} is in THEME but nothing reads it`);
}
// Comments and runs of white space are of no use to a browser.
const minified = (own + css)
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s*\n\s*/g, '\n')
  .replace(/\n+/g, '\n')
  .trim();
writeFileSync(out, minified + '\n');

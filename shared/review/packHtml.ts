/**
 * The review pack as one self-contained HTML page: UTF-8, lang="en-GB", inline CSS and one
 * inline script, and a content security policy that allows nothing else (no network at all:
 * no scripts, styles, fonts, images or connections from anywhere). It opens from an e-mail
 * attachment or a USB stick in any browser, prints cleanly, and is written for carers: plain
 * English, large text (20px), one theme at a time, every field labelled, the verdict a
 * fieldset of radio buttons with a legend. Everything from the project is escaped.
 */
import { escapeHtml } from '../export/html';
import type { PackIdentity } from './format';
import type { PackSubtheme, PackTheme } from './pack';
import { PACK_SCRIPT } from './packScript';

export const PACK_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src 'none'; font-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'";

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "23 November 2026" from an ISO date-time (its UTC date). */
export function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? ''} ${match[1]}`;
}

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { font-size: 20px; -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #f6f4ef; color: #1f2328; line-height: 1.6;
  font-family: "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif; }
.page { max-width: 42rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
.masthead { padding: 1rem 0 0.5rem; }
.kicker { margin: 0; color: #4d5560; font-size: 0.9rem; }
h1 { font-size: 2rem; line-height: 1.25; margin: 0.3rem 0 0.5rem; color: #1b3a4b; }
h2 { font-size: 1.5rem; line-height: 1.3; margin: 0 0 0.6rem; color: #1b3a4b; }
h3 { font-size: 1.1rem; margin: 1.6rem 0 0.5rem; color: #1f2328; }
p { margin: 0 0 0.9rem; }
.card { background: #ffffff; border: 1px solid #e0dbd0; border-radius: 14px; padding: 1.4rem 1.5rem 1.5rem; margin: 1.5rem 0; }
.intro ul { margin: 0 0 0.9rem; padding-left: 1.3rem; }
.note { color: #4d5560; font-size: 0.9rem; }
.contents ol { margin: 0; padding-left: 1.5rem; }
.contents li { margin: 0.3rem 0; }
a { color: #1d5f73; }
.theme-count { margin: 0 0 0.2rem; color: #4d5560; font-size: 0.9rem; text-transform: uppercase; letter-spacing: 0.06em; }
.theme { border-top: 6px solid #7fa9b5; }
.definition { font-size: 1.05rem; }
.subthemes, .subthemes ul { list-style: none; margin: 0; padding: 0; }
.subthemes ul { margin: 0.5rem 0 0 1.1rem; padding-left: 0.9rem; border-left: 3px solid #e5e0d5; }
.subthemes li { margin: 0 0 0.6rem; }
.subtheme-name { font-weight: 600; display: block; }
.subtheme-definition { display: block; color: #3d444d; }
.quote { margin: 0 0 1rem; padding: 0.8rem 1.1rem; background: #f3f6f7; border-left: 5px solid #7fa9b5; border-radius: 0 10px 10px 0; }
.quote blockquote { margin: 0; font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; }
.quote blockquote p { margin: 0; white-space: pre-line; }
.quote figcaption { margin-top: 0.35rem; color: #4d5560; font-size: 0.9rem; }
.answer { margin-top: 1.8rem; padding: 0.2rem 1.2rem 0.1rem; background: #f3f7f8; border: 1px solid #d3e2e6; border-radius: 12px; }
fieldset { border: none; margin: 0 0 1.2rem; padding: 0; min-width: 0; }
legend { font-weight: 600; padding: 0; margin-bottom: 0.6rem; }
.choices { display: flex; flex-wrap: wrap; gap: 0.6rem; }
.choice { display: inline-flex; align-items: center; gap: 0.55rem; padding: 0.45rem 1.2rem 0.45rem 0.8rem; border: 2px solid #b9b2a3;
  border-radius: 999px; background: #ffffff; cursor: pointer; font-weight: 500; }
.choice input { width: 1.3rem; height: 1.3rem; margin: 0; accent-color: #1d5f73; cursor: pointer; }
.choice:has(input:checked) { background: #e2eef1; border-color: #1d5f73; }
.choice:focus-within { outline: 3px solid #c77d00; outline-offset: 2px; }
label.field { display: block; font-weight: 600; margin: 0 0 0.3rem; }
.optional, .needed { font-weight: 400; color: #4d5560; }
.hint { color: #4d5560; font-size: 0.95rem; margin: -0.1rem 0 0.4rem; }
input[type="text"], textarea { display: block; width: 100%; font: inherit; color: inherit; background: #ffffff;
  border: 2px solid #8e877a; border-radius: 8px; padding: 0.5rem 0.7rem; margin: 0 0 1.2rem; }
textarea { min-height: 6rem; resize: vertical; line-height: 1.5; }
input[type="text"]:focus, textarea:focus { outline: 3px solid #c77d00; outline-offset: 1px; border-color: #1d5f73; }
input[aria-invalid="true"] { border-color: #a4262c; }
.error { color: #8f1d22; font-weight: 600; margin: 0 0 0.4rem; }
.save { font: inherit; font-weight: 600; font-size: 1.1rem; color: #ffffff; background: #1d5f73; border: 2px solid #1d5f73;
  border-radius: 10px; padding: 0.7rem 1.6rem; cursor: pointer; }
.save:hover { background: #164a5a; }
.save:focus-visible { outline: 3px solid #c77d00; outline-offset: 3px; }
.save-status { margin-top: 1rem; }
.save-status:empty { display: none; }
.save-status.done { padding: 0.8rem 1rem; border-radius: 8px; background: #e5f2e8; color: #1d4d2b; border: 1px solid #a9cfb3; }
.save-status.problem { padding: 0.8rem 1rem; border-radius: 8px; background: #fbecec; color: #7a1a1f; border: 1px solid #e2b0b2; }
.print-only { display: none; }
@media (max-width: 30rem) { html { font-size: 18px; } .card { padding: 1rem; } }
@media print {
  html { font-size: 12pt; }
  body { background: #ffffff; }
  .page { max-width: none; padding: 0; }
  .card { border: none; border-radius: 0; padding: 0; margin: 0 0 1.5rem; }
  .theme { border-top: 2px solid #7fa9b5; padding-top: 0.6rem; }
  .answer { background: none; border: 1px solid #b9b2a3; break-inside: avoid; }
  .contents, .save, .save-status, .screen-only { display: none; }
  .print-only { display: block; }
  .quote, fieldset, .subthemes li { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  textarea { min-height: 5rem; resize: none; overflow: visible; }
}
`.trim();

function subthemeList(items: readonly PackSubtheme[]): string {
  if (items.length === 0) return '';
  return `<ul class="subthemes">${items.map((s) => [
    '<li>',
    `<span class="subtheme-name">${escapeHtml(s.name)}</span>`,
    s.definition ? `<span class="subtheme-definition">${escapeHtml(s.definition)}</span>` : '',
    s.children.length > 0 ? subthemeList(s.children).replace('<ul class="subthemes">', '<ul>') : '',
    '</li>',
  ].join('')).join('')}</ul>`;
}

function themeSection(theme: PackTheme, index: number, count: number): string {
  const n = index + 1;
  const name = escapeHtml(theme.name);
  const verdicts = [['yes', 'Yes'], ['partly', 'Partly'], ['no', 'No']]
    .map(([value, label]) => `<label class="choice"><input type="radio" name="verdict-${n}" value="${value}"> ${label}</label>`).join('\n');
  return [
    `<section class="card theme" id="theme-${n}" aria-labelledby="theme-${n}-title" data-code-id="${escapeHtml(theme.codeId)}" data-theme-name="${name}">`,
    `<p class="theme-count">Theme ${n} of ${count}</p>`,
    `<h2 id="theme-${n}-title">${name}</h2>`,
    theme.definition ? `<p class="definition">${escapeHtml(theme.definition)}</p>` : '',
    theme.subthemes.length > 0 ? `<h3>What this theme includes</h3>\n${subthemeList(theme.subthemes)}` : '',
    theme.quotes.length > 0 ? [
      '<h3>What people said</h3>',
      ...theme.quotes.map((q) => [
        '<figure class="quote">',
        `<blockquote><p>\u201C${escapeHtml(q.text)}\u201D</p></blockquote>`,
        `<figcaption>${escapeHtml(q.attribution)}${q.subtheme ? ` \u00B7 ${escapeHtml(q.subtheme)}` : ''}</figcaption>`,
        '</figure>',
      ].join('')),
    ].join('\n') : '',
    '<div class="answer">',
    `<h3>Your view of \u201C${name}\u201D</h3>`,
    '<fieldset>',
    `<legend>Does this theme ring true to you?</legend>`,
    `<div class="choices">\n${verdicts}\n</div>`,
    '</fieldset>',
    `<label class="field" for="name-${n}">A better name for this theme <span class="optional">(optional)</span></label>`,
    `<input type="text" id="name-${n}" data-field="name" autocomplete="off">`,
    `<label class="field" for="comment-${n}">Your comments on this theme <span class="optional">(optional)</span></label>`,
    `<p class="hint" id="comment-${n}-hint">For example: what rings true, what is missing, or what you would put differently.</p>`,
    `<textarea id="comment-${n}" data-field="comment" rows="4" aria-describedby="comment-${n}-hint"></textarea>`,
    '</div>',
    '</section>',
  ].filter((line) => line !== '').join('\n');
}

export interface PackPage {
  identity: PackIdentity;
  createdAt: string;
  themes: readonly PackTheme[];
}

/** The whole page. */
export function reviewPackHtml({ identity, createdAt, themes }: PackPage): string {
  const project = escapeHtml(identity.projectName.trim() || 'Our study');
  const count = themes.length;
  const title = `Do these themes ring true to you? ${identity.projectName.trim()}, review round ${identity.round}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PACK_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    '<header class="masthead">',
    `<p class="kicker">${project} \u00B7 Review round ${identity.round} \u00B7 ${escapeHtml(longDate(createdAt))}</p>`,
    '<h1>Do these themes ring true to you?</h1>',
    '</header>',
    '<main>',
    '<section class="card intro" aria-labelledby="intro-title">',
    '<h2 id="intro-title">About this page</h2>',
    '<p>Thank you for helping us check what we found. We listened to carers and to the people who work with them, and grouped what they told us into themes. A theme is a pattern we noticed across many conversations.</p>',
    `<p>There ${count === 1 ? 'is 1 theme' : `are ${count} themes`} below. For each one you will find:</p>`,
    '<ul><li>what we mean by it,</li><li>the smaller parts (subthemes) it includes,</li><li>some of the things people said. Names, places and other details that could identify anyone have been taken out.</li></ul>',
    '<p>Then please tell us whether the theme rings true to you, and what you would change. Every question is optional, apart from your name or initials at the end.</p>',
    '<p class="screen-only"><strong>When you have finished,</strong> press \u201CSave my answers\u201D at the bottom of the page. This saves a small file on your computer, usually in your Downloads folder. Please send that file back to us, for example attached to an e-mail.</p>',
    '<p class="print-only"><strong>On paper?</strong> Write your answers on this print-out and give it back to the research team.</p>',
    '<p class="note">This page works without the internet. Nothing you type is sent anywhere: only the file you choose to send us.</p>',
    '</section>',
    count > 1 ? [
      '<nav class="card contents" aria-labelledby="contents-title">',
      '<h2 id="contents-title">The themes</h2>',
      `<ol>${themes.map((t, i) => `<li><a href="#theme-${i + 1}">${escapeHtml(t.name)}</a></li>`).join('')}</ol>`,
      '</nav>',
    ].join('\n') : '',
    `<form id="review-form" novalidate data-project-id="${escapeHtml(identity.projectId)}" data-project-name="${escapeHtml(identity.projectName)}" data-pack-id="${escapeHtml(identity.packId)}" data-round="${identity.round}">`,
    ...themes.map((t, i) => themeSection(t, i, count)),
    '<section class="card general" aria-labelledby="general-title">',
    '<h2 id="general-title">Anything else?</h2>',
    '<label class="field" for="general-comment">General comments <span class="optional">(optional)</span></label>',
    '<p class="hint" id="general-comment-hint">Is anything missing from these themes? Is there anything else you would like us to know?</p>',
    '<textarea id="general-comment" rows="5" aria-describedby="general-comment-hint"></textarea>',
    '</section>',
    '<section class="card finish" aria-labelledby="finish-title">',
    '<h2 id="finish-title">Save your answers</h2>',
    '<label class="field" for="reviewer">Your name or initials <span class="needed">(needed)</span></label>',
    '<p class="hint" id="reviewer-hint">So that we know whose answers these are. Initials are fine.</p>',
    '<p class="error" id="reviewer-error" hidden>Please write your name or initials before saving.</p>',
    '<input type="text" id="reviewer" autocomplete="name" required aria-describedby="reviewer-hint reviewer-error">',
    '<button type="submit" class="save">Save my answers</button>',
    '<div id="save-status" class="save-status" role="status" aria-live="polite"></div>',
    '</section>',
    '</form>',
    '</main>',
    '</div>',
    `<script>${PACK_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].filter((line) => line !== '').join('\n');
}

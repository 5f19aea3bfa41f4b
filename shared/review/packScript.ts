/**
 * The review pack's one inline script, as text: it reads the answers from the form, checks that
 * the partner gave a name or initials, builds the response (format.ts) and downloads it as a
 * small JSON file (a Blob and a download link). Written as ES5 so it runs in any browser a
 * partner may have; it reads the pack's facts from data attributes, so no project data is
 * ever inside the script itself. The answers stay in the page while it is open.
 */
import { RESPONSE_FORMAT, RESPONSE_VERSION } from './format';

export const PACK_SCRIPT = `
(function () {
  'use strict';
  var FORMAT = ${JSON.stringify(RESPONSE_FORMAT)};
  var VERSION = ${JSON.stringify(RESPONSE_VERSION)};
  var form = document.getElementById('review-form');
  var reviewer = document.getElementById('reviewer');
  var reviewerError = document.getElementById('reviewer-error');
  var status = document.getElementById('save-status');
  var general = document.getElementById('general-comment');
  var changedSinceSave = false;
  if (!form || !reviewer || !reviewerError || !status || !general) return;

  function grow(area) {
    area.style.height = 'auto';
    area.style.height = (area.scrollHeight + 4) + 'px';
  }
  var areas = document.getElementsByTagName('textarea');
  for (var i = 0; i < areas.length; i++) grow(areas[i]);
  form.addEventListener('input', function (event) {
    changedSinceSave = true;
    if (event.target && event.target.tagName === 'TEXTAREA') grow(event.target);
    if (event.target === reviewer && reviewer.value.replace(/\\s+/g, '')) {
      reviewer.removeAttribute('aria-invalid');
      reviewerError.hidden = true;
    }
  });
  form.addEventListener('change', function () { changedSinceSave = true; });
  window.addEventListener('beforeunload', function (event) {
    if (!changedSinceSave) return undefined;
    event.preventDefault();
    event.returnValue = '';
    return '';
  });

  function clean(text) { return String(text || '').replace(/^\\s+|\\s+$/g, ''); }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function localDate(d) { return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()); }
  function fileName(who, d) {
    var plain = who.normalize ? who.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '') : who;
    var slug = plain.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 30) || 'partner';
    return 'review-response-' + slug + '-' + localDate(d) + '.json';
  }

  function answers() {
    var sections = form.querySelectorAll('[data-code-id]');
    var list = [];
    for (var i = 0; i < sections.length; i++) {
      var section = sections[i];
      var checked = section.querySelector('input[type="radio"]:checked');
      var name = section.querySelector('[data-field="name"]');
      var comment = section.querySelector('[data-field="comment"]');
      list.push({
        codeId: section.getAttribute('data-code-id'),
        themeName: section.getAttribute('data-theme-name'),
        verdict: checked ? checked.value : null,
        suggestedName: name ? clean(name.value) : '',
        comment: comment ? clean(comment.value) : ''
      });
    }
    return list;
  }

  function say(text, isError) {
    status.className = isError ? 'save-status problem' : 'save-status done';
    status.textContent = text;
  }

  function download(name, text) {
    var blob = new Blob([text], { type: 'application/json' });
    if (window.navigator && window.navigator.msSaveOrOpenBlob) {
      window.navigator.msSaveOrOpenBlob(blob, name);
      return;
    }
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var who = clean(reviewer.value);
    if (!who) {
      reviewer.setAttribute('aria-invalid', 'true');
      reviewerError.hidden = false;
      say('Your answers are not saved yet: please write your name or initials first.', true);
      reviewer.focus();
      return;
    }
    var themes = answers();
    var generalComment = clean(general.value);
    var answered = generalComment !== '';
    for (var i = 0; i < themes.length; i++) {
      if (themes[i].verdict || themes[i].suggestedName || themes[i].comment) answered = true;
    }
    if (!answered) {
      say('There is nothing to save yet: please answer at least one theme, or write a general comment.', true);
      return;
    }
    var now = new Date();
    var response = {
      format: FORMAT,
      version: VERSION,
      project: { id: form.getAttribute('data-project-id'), name: form.getAttribute('data-project-name') },
      pack: { id: form.getAttribute('data-pack-id'), round: Number(form.getAttribute('data-round')) },
      reviewer: who,
      savedAt: now.toISOString(),
      themes: themes,
      generalComment: generalComment
    };
    var name = fileName(who, now);
    try {
      download(name, JSON.stringify(response, null, 2) + '\\n');
    } catch (error) {
      say('Sorry, this browser could not save the file. Please try another browser, or print this page and post it to us.', true);
      return;
    }
    changedSinceSave = false;
    say('Thank you. Your answers are saved in the file \u201C' + name + '\u201D, usually in your Downloads folder. ' +
      'Please send that file to the research team, for example attached to an e-mail. ' +
      'You can still change your answers and save again: then send the newest file.', false);
  });
})();
`;

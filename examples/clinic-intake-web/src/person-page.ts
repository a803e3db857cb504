import { localize, registerLocale } from 'intake-screening';
import { es } from 'intake-screening/locales/es';
import { defineIntakeForm, type IntakeCompleteDetail, type IntakeFormElement, type IntakeProgressDetail, type IntakeRestoreDetail } from 'intake-screening/web';
import { sendToClinic } from './inbox.js';
import { LANGUAGE_NAMES, offeredLocales, PAGE_WORDING, startLocale } from './page-wording.js';
import { QUESTIONNAIRES } from './questionnaires.js';

// The person's page: a clinic's header and footer around the <intake-form> element, which draws every question,
// error, the crisis panel, the review and the person's own summary. The care team's view is not here and nothing
// here leads to it: the finished summary is sent to the clinic, and staff read it on their own page (staff.html).

// The page offers Spanish: the library's Spanish wording (the element's summary and errors) is a pack, registered
// once before the page chooses a language.
registerLocale(es);

const questionnaire = QUESTIONNAIRES[document.body.dataset.questionnaire ?? ''];
const root = document.getElementById('app');
if (questionnaire === undefined || root === null) throw new Error('The page needs data-questionnaire on <body> and an element with id "app".');
const q = questionnaire;

/** The element's default store keeps progress under this key; the page keeps the chosen language beside it. */
const LOCALE_KEY = `intake-screening/${q.id}:locale`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

defineIntakeForm();
const form = document.createElement('intake-form') as IntakeFormElement;
const skip = el('a', { class: 'skip-link', href: '#intake' });
const title = el('h1');
const offered = offeredLocales(q);
const languages = offered.map((tag) => el('button', { type: 'button', class: 'language', lang: tag }, LANGUAGE_NAMES[tag] ?? tag));
const languageGroup = el('div', { class: 'language-switch', role: 'group' }, ...languages);
const header = el('header', { class: 'page-header' }, title, ...(offered.length > 1 ? [languageGroup] : []));
const finish = el('button', { type: 'button', class: 'secondary' });
const finishRow = el('p', { class: 'finish' }, finish);
finishRow.hidden = true;
const main = el('main', { id: 'intake', tabindex: '-1' }, form, finishRow);
const privacy = el('p');
const clear = el('button', { type: 'button', class: 'link' });
const footer = el('footer', { class: 'page-footer' }, privacy, clear);
root.replaceChildren(skip, header, main, footer);

let locale = startLocale(q, localStorage.getItem(LOCALE_KEY), navigator.languages);
const say = (key: keyof typeof PAGE_WORDING) => localize(PAGE_WORDING[key], locale);

/** Show everything in a language: the page's words here, the form's through its `locale` attribute. */
function showIn(tag: string): void {
  locale = tag;
  document.documentElement.lang = tag;
  form.locale = tag;
  title.textContent = localize(q.title, tag);
  document.title = title.textContent;
  skip.textContent = say('skip');
  languageGroup.setAttribute('aria-label', say('language'));
  languages.forEach((button, i) => button.setAttribute('aria-pressed', String(offered[i] === tag)));
  privacy.textContent = say('privacy');
  clear.textContent = say('clear');
  finish.textContent = say('finish');
}

languages.forEach((button, i) =>
  button.addEventListener('click', () => {
    const tag = offered[i] ?? 'en';
    localStorage.setItem(LOCALE_KEY, tag);
    showIn(tag);
  }),
);
clear.addEventListener('click', () => {
  if (window.confirm(say('clearConfirm'))) form.reset();
});
// Finishing forgets the language too: the device may be handed to the next person, who starts in their own.
finish.addEventListener('click', () => {
  localStorage.removeItem(LOCALE_KEY);
  showIn(startLocale(q, null, navigator.languages));
  form.reset();
});

form.addEventListener('intake-progress', (event) => {
  const { status } = (event as CustomEvent<IntakeProgressDetail>).detail;
  // While the crisis panel shows, nothing else on the page can be used (the form makes its own parts inert).
  for (const part of [skip, header, footer]) part.inert = status === 'safety';
  finishRow.hidden = status !== 'completed';
});
form.addEventListener('intake-complete', (event) => {
  const { summary, snapshot, resumed } = (event as CustomEvent<IntakeCompleteDetail>).detail;
  // A finished intake found again on reload was sent when it finished.
  if (!resumed) sendToClinic({ kind: 'intake', summary, snapshot });
});
form.addEventListener('intake-restore', (event) => {
  const detail = (event as CustomEvent<IntakeRestoreDetail>).detail;
  // Set aside by the form, never dropped: the answers in it still reach the care team.
  if (detail.outcome === 'refused') sendToClinic({ kind: 'unrestored', stored: detail.stored });
});

showIn(locale);
form.questionnaire = q;

/**
 * The person's page: the library's `<intake-form>` element (intake-screening/web) with a store that sends every
 * step to this service. The link's token is in the URL fragment (`/intake#t=…`), which browsers never send
 * to a server or in a Referer; the page sends it as a bearer token. The element shows the person's view only;
 * staff read the clinician view on their own page.
 */
import type { Questionnaire } from 'intake-screening';
import { briefScreen, substanceUseIntake } from 'intake-screening/questionnaires';
import { defineIntakeForm, type IntakeFormElement } from 'intake-screening/web';
import { type SaveState, serviceStore } from './service-store.js';

const QUESTIONNAIRES: Readonly<Record<string, Questionnaire>> = { [briefScreen.id]: briefScreen, [substanceUseIntake.id]: substanceUseIntake };

type Lang = 'en' | 'es';
const TEXT = {
  noLink: {
    en: 'This page needs the link your clinic gave you. Please open the whole link again.',
    es: 'Esta página necesita el enlace que le dio su clínica. Por favor, abra de nuevo el enlace completo.',
  },
  badLink: {
    en: 'This link is not valid any more. Please ask the clinic staff for a new one.',
    es: 'Este enlace ya no es válido. Por favor, pida uno nuevo al personal de la clínica.',
  },
  offline: {
    en: 'The clinic cannot be reached right now. Please try again in a moment.',
    es: 'No se puede contactar con la clínica en este momento. Por favor, inténtelo de nuevo en un momento.',
  },
  sent: {
    en: 'Thank you. Your answers were sent to your care team. You can close this page. If you are in danger now, call 911, or call or text 988.',
    es: 'Gracias. Sus respuestas se enviaron a su equipo de atención. Puede cerrar esta página. Si está en peligro ahora, llame al 911, o llame o envíe un mensaje de texto al 988.',
  },
  consentTitle: { en: 'Before you start', es: 'Antes de empezar' },
  agree: { en: 'I understand. Start', es: 'Entiendo. Empezar' },
  otherLanguage: { en: 'Español', es: 'English' },
  saving: { en: 'Saving…', es: 'Guardando…' },
  saved: { en: 'Saved', es: 'Guardado' },
  retrying: { en: 'Not saved yet: trying again…', es: 'Todavía no se guardó: intentándolo de nuevo…' },
  refused: { en: 'The clinic received your answers and will review them with you.', es: 'La clínica recibió sus respuestas y las revisará con usted.' },
  sentShort: { en: 'Sent to your care team', es: 'Enviado a su equipo de atención' },
  privacy: {
    en: "Your answers are sent to the clinic's care team as you go, and stored encrypted. Federal confidentiality rules (42 CFR Part 2) protect them.",
    es: 'Sus respuestas se envían al equipo de atención de la clínica a medida que avanza, y se guardan cifradas. Las normas federales de confidencialidad (42 CFR Part 2) las protegen.',
  },
} as const;

const root = document.getElementById('app') as HTMLElement;
const statusLine = document.getElementById('save-status') as HTMLElement;
let lang: Lang = (sessionStorage.getItem('intake-locale') ?? navigator.language).toLowerCase().startsWith('es') ? 'es' : 'en';
const say = (key: keyof typeof TEXT) => TEXT[key][lang];

function message(key: keyof typeof TEXT): void {
  document.documentElement.lang = lang;
  const p = document.createElement('p');
  p.className = 'notice';
  p.textContent = say(key);
  const main = document.createElement('main');
  main.append(p);
  root.replaceChildren(main);
}

const token = new URLSearchParams(location.hash.slice(1)).get('t');
const auth = { authorization: `Bearer ${token ?? ''}`, 'content-type': 'application/json' };
const post = async (path: string, body: unknown) => {
  const r = await fetch(path, { method: 'POST', headers: auth, body: JSON.stringify(body) });
  return { status: r.status, body: (await r.json().catch(() => ({}))) as { code?: string; seq?: number } };
};

interface IntakeState {
  questionnaire: { id: string };
  status: 'open' | 'submitted';
  seq: number;
  snapshot: unknown;
  consent: { version: string; given: boolean; text: Record<Lang, string> };
}

function consentScreen(state: IntakeState, start: () => void): void {
  document.documentElement.lang = lang;
  const main = document.createElement('main');
  main.className = 'consent';
  const heading = document.createElement('h1');
  heading.textContent = say('consentTitle');
  heading.tabIndex = -1;
  const switchLang = document.createElement('button');
  switchLang.type = 'button';
  switchLang.className = 'link';
  switchLang.lang = lang === 'en' ? 'es' : 'en';
  switchLang.textContent = say('otherLanguage');
  switchLang.addEventListener('click', () => {
    lang = lang === 'en' ? 'es' : 'en';
    sessionStorage.setItem('intake-locale', lang);
    consentScreen(state, start);
  });
  const paragraphs = state.consent.text[lang].split('\n\n').map((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    return p;
  });
  const agree = document.createElement('button');
  agree.type = 'button';
  agree.className = 'primary';
  agree.textContent = say('agree');
  agree.addEventListener('click', async () => {
    agree.disabled = true;
    const r = await post('/api/person/consent', { version: state.consent.version }).catch(() => ({ status: 0, body: {} }));
    if (r.status === 204) start();
    else if (r.status === 409) location.reload();
    else {
      agree.disabled = false;
      statusLine.textContent = say('offline');
    }
  });
  main.append(switchLang, heading, ...paragraphs, agree);
  root.replaceChildren(main);
  heading.focus();
}

function start(state: IntakeState, q: Questionnaire): void {
  sessionStorage.setItem('intake-locale', lang);
  const show = (s: SaveState) => {
    statusLine.dataset.state = s;
    statusLine.textContent = say(s === 'sent' ? 'sentShort' : s);
  };
  defineIntakeForm();
  const form = document.createElement('intake-form') as IntakeFormElement;
  // The store first: setting the questionnaire starts the intake from what the server holds.
  form.store = serviceStore({
    api: { step: (body) => post('/api/person/steps', body), submit: (body) => post('/api/person/submissions', body) },
    seq: state.seq,
    snapshot: state.snapshot,
    onState: show,
    onSubmitted: () => message('sent'),
    locale: () => lang,
  });
  const title = document.createElement('h1');
  const switchLang = document.createElement('button');
  switchLang.type = 'button';
  switchLang.className = 'link';
  const privacy = document.createElement('p');
  const label = () => {
    document.documentElement.lang = lang;
    form.locale = lang;
    title.textContent = q.title[lang] ?? q.title.en;
    switchLang.lang = lang === 'en' ? 'es' : 'en';
    switchLang.textContent = say('otherLanguage');
    privacy.textContent = say('privacy');
  };
  switchLang.addEventListener('click', () => {
    lang = lang === 'en' ? 'es' : 'en';
    sessionStorage.setItem('intake-locale', lang);
    label();
  });
  // While the crisis panel shows, nothing else on the page can be used (the form makes its own parts inert).
  form.addEventListener('intake-progress', (event) => {
    const blocked = (event as CustomEvent<{ status: string }>).detail.status === 'safety';
    for (const part of [switchLang, privacy]) part.inert = blocked;
  });
  label();
  const main = document.createElement('main');
  main.append(switchLang, title, form, privacy);
  root.replaceChildren(main);
  form.questionnaire = q;
}

async function main(): Promise<void> {
  if (!token) return message('noLink');
  let r: Response;
  try {
    r = await fetch('/api/person/intake', { headers: auth });
  } catch {
    return message('offline');
  }
  if (r.status === 401) return message('badLink');
  if (!r.ok) return message('offline');
  const state = (await r.json()) as IntakeState;
  const q = QUESTIONNAIRES[state.questionnaire.id];
  if (state.status === 'submitted') return message('sent');
  if (q === undefined) return message('offline');
  if (state.consent.given) start(state, q);
  else consentScreen(state, () => start(state, q));
}

void main();

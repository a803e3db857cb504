import { ReferralSummarySchema, registerLocale, renderSummary } from 'intake-screening';
import { es } from 'intake-screening/locales/es';
import { type ClinicMessage, receivedMessages } from './inbox.js';

// The care team's page: what the person's page sent to the clinic, one message at a time (the newest first), a
// finished intake as the library's clinician view (renderSummary's HTML). Nothing on the person's page links here;
// a clinic serves it to signed-in staff only (see examples/clinic-intake-service for one that does).

// Summaries written in Spanish are shown in Spanish: register the library's Spanish wording first.
registerLocale(es);

const main = document.querySelector('main');
if (main === null) throw new Error('The staff page needs a <main> element.');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** How a message is listed: its questionnaire and urgency, or what it is. */
function label(message: ClinicMessage): string {
  const when = message.receivedAt === '' ? '' : ` (received ${message.receivedAt.replace('T', ' ').slice(0, 19)} UTC)`;
  if (message.kind === 'unrestored') return `Saved answers the form could not resume${when}`;
  const parsed = ReferralSummarySchema.safeParse(message.summary);
  return parsed.success ? `${parsed.data.questionnaire.title}: ${parsed.data.urgency.level}${when}` : `An intake that could not be read${when}`;
}

/** A message's content: the clinician view of a summary, or what was received as it was (nothing is dropped). */
function content(message: ClinicMessage): Node[] {
  if (message.kind === 'intake') {
    const parsed = ReferralSummarySchema.safeParse(message.summary);
    if (parsed.success) {
      // The renderer escapes every text and puts none in attributes: its HTML is safe to insert as it is.
      const template = document.createElement('template');
      template.innerHTML = renderSummary(parsed.data, { format: 'html', audience: 'clinician', fragment: true });
      return [template.content];
    }
  }
  return [
    el('p', {}, 'This was received but is not a referral summary this page can show. It is kept as it arrived:'),
    el('pre', { class: 'raw', tabindex: '0' }, JSON.stringify(message.kind === 'intake' ? message.summary : message.stored, null, 2)),
  ];
}

const messages = receivedMessages().reverse();
const wanted = Number(new URLSearchParams(location.search).get('n') ?? '0');
const shown = Number.isInteger(wanted) && wanted >= 0 && wanted < messages.length ? wanted : 0;
const current = messages[shown];
if (current === undefined) {
  main.replaceChildren(el('p', { class: 'empty' }, 'No intake has been received yet.'));
} else {
  const links = messages.map((m, i) => el('li', {}, el('a', { href: `?n=${i}`, ...(i === shown ? { 'aria-current': 'page' } : {}) }, label(m))));
  main.replaceChildren(
    el('nav', { 'aria-label': 'Received intakes' }, el('h2', {}, 'Received, newest first'), el('ol', {}, ...links)),
    el('section', { class: 'received', 'aria-label': label(current) }, ...content(current)),
  );
}

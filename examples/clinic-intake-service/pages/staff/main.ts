/**
 * The staff page: sign in, open safety flags at the top (live, server-sent events) until someone marks them
 * seen, new intake links, the intake list, and one intake's record: the server's clinician view, refused
 * submissions as received, the consent the person gave and the 42 CFR 2.32 notice. Everything shown is
 * set as text (never as HTML), so nothing a person typed can run here.
 */
type Attrs = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false | Child[];

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== false) el.setAttribute(k, v === true ? '' : String(v));
  const add = (c: Child): void => {
    if (Array.isArray(c)) c.forEach(add);
    else if (c !== null && c !== undefined && c !== false) el.append(c);
  };
  children.forEach(add);
  return el;
}

interface Flag {
  id: number;
  intakeId: string;
  label: string;
  triggerId: string;
  tier: string;
  urgency: string;
  reasonText: string;
  evidence: string[];
  raisedAt: string;
}

let csrf = '';
const root = document.getElementById('app') as HTMLElement;
const api = async (path: string, body?: unknown) => {
  const r = await fetch(
    path,
    body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify(body) },
  );
  const data = (await r.json().catch(() => ({}))) as Record<string, unknown>;
  return { status: r.status, data };
};
const when = (iso: string | null) => (iso === null ? '—' : new Date(iso).toLocaleString());

function signInScreen(problem?: string): void {
  const email = h('input', { id: 'email', type: 'email', autocomplete: 'username', required: true });
  const password = h('input', { id: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const error = h('p', { class: 'error', role: 'alert' }, problem ?? '');
  const form = h(
    'form',
    { class: 'sign-in' },
    h('h1', {}, 'Staff sign-in'),
    h('label', { for: 'email' }, 'Email'),
    email,
    h('label', { for: 'password' }, 'Password'),
    password,
    error,
    h('button', { type: 'submit', class: 'primary' }, 'Sign in'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const r = await api('/api/staff/sign-in', { email: email.value, password: password.value });
    if (r.status === 200) void boot();
    else error.textContent = String(r.data.message ?? 'Sign-in failed.');
  });
  root.replaceChildren(h('main', {}, form));
  email.focus();
}

async function boot(): Promise<void> {
  const session = await api('/api/staff/session');
  if (session.status !== 200) return signInScreen();
  csrf = String(session.data.csrfToken);
  const staff = session.data.staff as { name: string; email: string };
  const questionnaires = session.data.questionnaires as { id: string; title: Record<string, string> }[];

  const flagList = h('ul', { class: 'flags', 'aria-live': 'polite' });
  const flagCount = h('span', { class: 'count' }, '0');
  const flagEmpty = h('p', { class: 'empty' }, 'No open safety flags.');
  const flags = new Map<number, HTMLElement>();
  const detail: HTMLElement = h('section', { class: 'detail', 'aria-label': 'Intake record', tabindex: -1 });
  const intakeRows = h('tbody', {});

  const countFlags = () => {
    flagCount.textContent = String(flags.size);
    flagEmpty.hidden = flags.size > 0;
  };
  const addFlag = (f: Flag) => {
    if (flags.has(f.id)) return;
    const seen = h('button', { type: 'button' }, 'Mark seen');
    const open = h('button', { type: 'button', class: 'link' }, 'Open intake');
    seen.addEventListener('click', async () => {
      const r = await api(`/api/staff/flags/${f.id}/seen`, {});
      if (r.status === 204 || r.status === 404) removeFlag(f.id);
    });
    open.addEventListener('click', () => void showIntake(f.intakeId));
    const li = h(
      'li',
      { class: `flag urgency-${f.urgency}`, 'data-flag': f.id, 'data-trigger': f.triggerId },
      h('strong', {}, `${f.urgency.toUpperCase()} · ${f.tier} · ${f.label}`),
      ' ',
      h('span', { class: 'reason' }, f.reasonText),
      h('div', { class: 'meta' }, `Raised ${when(f.raisedAt)} · items ${f.evidence.join(', ')}`),
      h('div', { class: 'actions' }, open, seen),
    );
    flags.set(f.id, li);
    if (f.urgency === 'emergency') flagList.prepend(li);
    else flagList.append(li);
    countFlags();
    void loadIntakes();
  };
  const removeFlag = (id: number) => {
    flags.get(id)?.remove();
    flags.delete(id);
    countFlags();
    void loadIntakes();
  };

  const questionnaire = h(
    'select',
    { id: 'questionnaire', required: true },
    h('option', { value: '' }, 'Choose…'),
    questionnaires.map((q) => h('option', { value: q.id }, q.title.en ?? q.id)),
  );
  const label = h('input', { id: 'label', required: true, maxlength: 200, autocomplete: 'off' });
  const reference = h('input', { id: 'reference', maxlength: 200, placeholder: 'Patient/123', autocomplete: 'off' });
  const created = h('div', { class: 'created', role: 'status' });
  const newForm = h(
    'form',
    { class: 'new-intake' },
    h('h2', {}, 'New intake link'),
    h('label', { for: 'questionnaire' }, 'Questionnaire'),
    questionnaire,
    h('label', { for: 'label' }, 'Who it is for (name or chart number; stored encrypted)'),
    label,
    h('label', { for: 'reference' }, 'FHIR patient reference (optional)'),
    reference,
    h('button', { type: 'submit', class: 'primary' }, 'Create link'),
    created,
  );
  newForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const r = await api('/api/staff/intakes', {
      questionnaireId: questionnaire.value,
      label: label.value,
      ...(reference.value ? { patientReference: reference.value } : {}),
    });
    if (r.status !== 201) {
      created.textContent = String(r.data.message ?? 'Could not create the intake.');
      return;
    }
    const link = String(r.data.link);
    created.replaceChildren(
      h('p', {}, 'Give this link to the person (it is shown once):'),
      h('a', { href: link, class: 'person-link', target: '_blank', rel: 'noopener noreferrer' }, link),
    );
    newForm.reset();
    void loadIntakes();
  });

  const signOut = h('button', { type: 'button', class: 'link' }, 'Sign out');
  signOut.addEventListener('click', async () => {
    await api('/api/staff/sign-out', {});
    stream.close();
    signInScreen();
  });

  root.replaceChildren(
    h('header', { class: 'top' }, h('h1', {}, 'Clinic intakes'), h('span', {}, `Signed in as ${staff.name}`), signOut),
    h(
      'main',
      {},
      h(
        'section',
        { class: 'open-flags', 'aria-labelledby': 'flags-title' },
        h('h2', { id: 'flags-title' }, 'Open safety flags ', flagCount),
        flagEmpty,
        flagList,
      ),
      detail,
      newForm,
      h(
        'section',
        { class: 'intakes' },
        h('h2', {}, 'Intakes'),
        h(
          'table',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['Who', 'Questionnaire', 'Status', 'Open flags', 'Created', 'Sent'].map((c) => h('th', { scope: 'col' }, c)),
            ),
          ),
          intakeRows,
        ),
      ),
    ),
    h('footer', {}, h('p', { class: 'notice' }, "Records here are protected by 42 CFR Part 2. Every view of a person's intake is written to the audit log.")),
  );

  const stream = new EventSource('/api/staff/flags/stream');
  stream.addEventListener('flag', (e) => addFlag(JSON.parse((e as MessageEvent<string>).data) as Flag));
  stream.addEventListener('seen', (e) => removeFlag((JSON.parse((e as MessageEvent<string>).data) as { id: number }).id));

  async function loadIntakes(): Promise<void> {
    const r = await api('/api/staff/intakes');
    if (r.status === 401) return signInScreen('Your session ended. Please sign in again.');
    const list = r.data.intakes as {
      id: string;
      label: string;
      questionnaireId: string;
      status: string;
      openFlags: number;
      createdAt: string;
      submittedAt: string | null;
    }[];
    intakeRows.replaceChildren(
      ...list.map((i) => {
        const open = h('button', { type: 'button', class: 'link' }, i.label || i.id);
        open.addEventListener('click', () => void showIntake(i.id));
        return h(
          'tr',
          { 'data-intake': i.id },
          h('td', {}, open),
          h('td', {}, i.questionnaireId),
          h('td', {}, i.status),
          h('td', {}, String(i.openFlags)),
          h('td', {}, when(i.createdAt)),
          h('td', {}, when(i.submittedAt)),
        );
      }),
    );
  }

  async function showIntake(id: string): Promise<void> {
    const r = await api(`/api/staff/intakes/${id}`);
    if (r.status !== 200) return;
    const d = r.data as {
      label: string;
      status: string;
      questionnaireId: string;
      consent: { version: string | null; givenAt: string | null; text: Record<string, string> | null };
      notice: { citation: string; text: string };
      flags: (Flag & { seenAt: string | null })[];
      submissions: {
        id: string;
        status: string;
        receivedAt: string;
        urgency?: string;
        clinicianText?: string;
        issues?: { code: string; itemId?: string; message: string }[];
      }[];
    };
    const exportLink = h('button', { type: 'button' }, 'Export FHIR Bundle');
    exportLink.addEventListener('click', async () => {
      const res = await fetch(`/api/staff/intakes/${id}/fhir`);
      if (!res.ok) return;
      const a = h('a', { href: URL.createObjectURL(await res.blob()), download: `intake-${id}.json` });
      a.click();
      URL.revokeObjectURL(a.href);
    });
    const parts: Child[] = [
      h('h2', {}, `${d.label} · ${d.questionnaireId} · ${d.status}`),
      h('p', { class: 'part2-notice', role: 'note' }, h('strong', {}, `Notice (${d.notice.citation}): `), d.notice.text),
      h(
        'details',
        { class: 'consent' },
        h('summary', {}, d.consent.givenAt === null ? 'No consent recorded yet' : `Consent given ${when(d.consent.givenAt)} (version ${d.consent.version})`),
        h('p', { class: 'consent-text' }, d.consent.text?.en ?? ''),
      ),
      d.flags.length === 0
        ? null
        : h(
            'ul',
            { class: 'intake-flags' },
            d.flags.map((f) => h('li', {}, `${f.urgency} · ${f.tier}: ${f.reasonText} (${f.seenAt === null ? 'open' : `seen ${when(f.seenAt)}`})`)),
          ),
      d.submissions.map((s) =>
        s.status === 'accepted'
          ? h(
              'article',
              { class: 'submission accepted' },
              h('h3', {}, `Submitted ${when(s.receivedAt)} · urgency ${s.urgency ?? ''}`),
              exportLink,
              h('pre', { class: 'clinician-view' }, s.clinicianText ?? ''),
            )
          : refused(id, s),
      ),
    ];
    detail.replaceChildren(h('div', {}, parts));
    detail.focus();
  }

  function refused(intakeId: string, s: { id: string; receivedAt: string; issues?: { code: string; itemId?: string; message: string }[] }) {
    const raw = h('pre', { class: 'received', hidden: true });
    const show = h('button', { type: 'button' }, 'Show as received');
    show.addEventListener('click', async () => {
      const r = await api(`/api/staff/intakes/${intakeId}/submissions/${s.id}/received`);
      raw.textContent = JSON.stringify(r.data.received, null, 2);
      raw.hidden = false;
    });
    return h(
      'article',
      { class: 'submission refused' },
      h('h3', {}, `Refused submission ${when(s.receivedAt)}: kept for review`),
      h(
        'ul',
        {},
        (s.issues ?? []).map((i) => h('li', {}, `${i.code}${i.itemId ? ` (${i.itemId})` : ''}: ${i.message}`)),
      ),
      show,
      raw,
    );
  }

  await loadIntakes();
}

void boot();

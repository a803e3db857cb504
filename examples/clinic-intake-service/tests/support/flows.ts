import { answersOf } from 'intake-screening';
import { CONSENT } from '../../src/notices.js';
import { briefScreenEvents, device } from './device.js';
import { person, type StaffClient } from './http.js';

/** A new intake opened by staff, and the person's device for it, consent given. */
export async function openIntake(base: string, staff: StaffClient, options: { questionnaireId?: string; label?: string; consent?: boolean } = {}) {
  const r = await staff.post('/api/staff/intakes', { questionnaireId: options.questionnaireId ?? 'brief-screen', label: options.label ?? 'Test Person' });
  if (r.status !== 201) throw new Error(`create intake: ${r.status} ${JSON.stringify(r.body)}`);
  const p = person(base, r.body.token as string);
  if (options.consent !== false) {
    const c = await p.consent(CONSENT.version);
    if (c.status !== 204) throw new Error(`consent: ${c.status}`);
  }
  return { id: r.body.id as string, token: r.body.token as string, person: p };
}

/**
 * Send a whole brief screen as the page does: one persisted snapshot per event, numbered from 1, then the
 * answers as a submission. Returns every step's response and the submission's.
 */
export async function completeBriefScreen(p: ReturnType<typeof person>, options: { acute?: boolean } = {}) {
  const d = device();
  const steps = [];
  let seq = 0;
  for (const event of briefScreenEvents(options)) {
    const snapshot = d.send(event);
    if (event.type !== 'SUBMIT') steps.push(await p.step({ seq: ++seq, snapshot }));
  }
  const submission = await p.submit({ submissionId: `sub-${seq}-${Date.now()}`, answers: answersOf(d.context), locale: 'en' });
  return { steps, submission, answers: answersOf(d.context) };
}

import type { IntakeStore } from 'intake-screening/web';

/** The person's side of the service API. */
export interface PersonApi {
  step(body: { seq: number; snapshot: unknown }): Promise<{ status: number; body: { code?: string; seq?: number } }>;
  submit(body: { submissionId: string; answers: unknown; locale: string }): Promise<{ status: number; body: { code?: string } }>;
}

/** What the save line says. */
export type SaveState = 'saving' | 'saved' | 'retrying' | 'sent' | 'refused';

/** Options of {@link serviceStore}. */
export interface ServiceStoreOptions {
  readonly api: PersonApi;
  /** The step number and snapshot the server holds (from GET /api/person/intake). */
  readonly seq: number;
  readonly snapshot: unknown;
  readonly onState: (state: SaveState) => void;
  /** The intake reached the care team (or already had) and the form was reset: the page shows its closing screen. */
  readonly onSubmitted: () => void;
  /** The page's current language (sent with the submission). */
  readonly locale: () => string;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * The thin client adapter: an `IntakeStore` for the `<intake-form>` element that sends each persisted snapshot
 * to the service as a numbered step, and the finished flow's answers as a submission. Saves go out in order,
 * one at a time; a step waiting behind one in flight is replaced by the newer snapshot (each snapshot is the
 * whole state, and it keeps every safety trigger the flow fired). Failures (no connection, a 503 while the
 * database restarts) are retried with backoff until the server acknowledges; a retry of a step or a
 * submission the server already took is answered as the first time, so nothing is applied twice.
 *
 * @param options - The API, the server's state, and callbacks for the page.
 * @returns The store to give the element (`form.store`).
 */
export function serviceStore(options: ServiceStoreOptions): IntakeStore {
  let seq = options.seq;
  const initial = JSON.stringify(options.snapshot ?? null);
  let submitted = false;
  type Job = { kind: 'step'; snapshot: unknown } | { kind: 'submit'; submissionId: string; answers: unknown; locale: string };
  const queue: Job[] = [];
  let pumping = false;

  async function send(job: Job): Promise<'done' | 'again' | 'stop'> {
    if (job.kind === 'step') {
      const r = await options.api.step({ seq: seq + 1, snapshot: job.snapshot });
      if (r.status === 200) {
        seq = r.body.seq ?? seq + 1;
        return 'done';
      }
      // Another tab of the same link moved on: this device's newer state goes on top of it.
      if (r.status === 409 && r.body.code === 'seq-conflict' && typeof r.body.seq === 'number') {
        seq = r.body.seq;
        return 'again';
      }
      if (r.status === 409 && r.body.code === 'intake-submitted') {
        submitted = true;
        return 'stop';
      }
      if (r.status === 422) {
        options.onState('refused');
        return 'done';
      }
      throw new Error(`step ${r.status}`);
    }
    const r = await options.api.submit({ submissionId: job.submissionId, answers: job.answers, locale: job.locale });
    if (r.status === 201 || r.status === 422 || (r.status === 409 && r.body.code === 'intake-submitted')) {
      // Refused answers are kept by the clinic as received: the care team has them either way.
      submitted = true;
      options.onState(r.status === 422 ? 'refused' : 'sent');
      return 'stop';
    }
    throw new Error(`submit ${r.status}`);
  }

  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    let wait = 500;
    while (queue.length > 0) {
      const job = queue[0] as Job;
      options.onState('saving');
      try {
        const outcome = await send(job);
        wait = 500;
        if (outcome === 'again') continue;
        queue.shift();
        if (outcome === 'stop') queue.length = 0;
        else if (queue.length === 0) options.onState('saved');
      } catch {
        options.onState('retrying');
        await sleep(wait);
        wait = Math.min(wait * 2, 15_000);
      }
    }
    pumping = false;
  }

  const enqueue = (job: Job) => {
    const last = queue.at(-1);
    // Only a job not yet in flight (not the head while pumping) may be replaced.
    if (job.kind === 'step' && last?.kind === 'step' && (queue.length > 1 || !pumping)) queue[queue.length - 1] = job;
    else queue.push(job);
    void pump();
  };

  return {
    load: () => options.snapshot ?? undefined,
    save(snapshot) {
      if (submitted) return;
      const s = snapshot as { status?: string; context?: { answerEntries?: readonly [string, unknown][] } };
      if (s.status === 'done') {
        enqueue({ kind: 'submit', submissionId: crypto.randomUUID(), answers: Object.fromEntries(s.context?.answerEntries ?? []), locale: options.locale() });
      } else if (!(seq === options.seq && JSON.stringify(snapshot) === initial)) {
        enqueue({ kind: 'step', snapshot });
      }
    },
    clear() {
      sessionStorage.removeItem('intake-locale');
      // After the form has drawn its fresh start, so the closing screen replaces it.
      if (submitted) setTimeout(options.onSubmitted, 0);
    },
    // A snapshot the form cannot resume came from this server, which keeps every step it received: nothing is lost
    // by starting again here.
    setAside: () => undefined,
  };
}

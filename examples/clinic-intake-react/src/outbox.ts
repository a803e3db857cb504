import type { Send } from './Intake.js';

/** A message the app "sent" to the clinic. */
export interface ClinicMessage {
  readonly path: Parameters<Send>[0];
  readonly body: unknown;
}

/** Where this example keeps the messages; a clinic's app would POST them to its own server instead. */
export const OUTBOX_KEY = 'clinic-intake-react/outbox';

/**
 * "Send" a message to the clinic. The example has no server, so it keeps them in this browser (the end-to-end tests
 * read them); a real app sends them with `fetch` to its own endpoint.
 */
export const sendToClinic: Send = (path, body) => {
  const kept = JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '[]') as ClinicMessage[];
  localStorage.setItem(OUTBOX_KEY, JSON.stringify([...kept, { path, body }]));
};

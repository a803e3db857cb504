/** What the person's page sent to the clinic: a finished intake, or a stored one the form could not resume. */
export type ClinicMessage =
  | { readonly kind: 'intake'; readonly receivedAt: string; readonly summary: unknown; readonly snapshot: unknown }
  | { readonly kind: 'unrestored'; readonly receivedAt: string; readonly stored: unknown };

/**
 * Where this example keeps what the person's page sends to the clinic. The example has no server, so it stands in
 * for one in this browser's localStorage, apart from the person's own progress (which "Finish" clears); a clinic's
 * page POSTs the same messages to its own server, and its staff page reads them from there.
 */
export const INBOX_KEY = 'clinic-intake-web/inbox';

/** Everything received, oldest first. A damaged inbox is kept as one unreadable message, never dropped. */
export function receivedMessages(): ClinicMessage[] {
  const text = localStorage.getItem(INBOX_KEY);
  if (text === null) return [];
  try {
    const kept = JSON.parse(text) as unknown;
    if (Array.isArray(kept)) return kept as ClinicMessage[];
  } catch {
    // Not JSON: kept below as it is.
  }
  return [{ kind: 'unrestored', receivedAt: '', stored: text }];
}

/**
 * "Send" a message to the clinic.
 *
 * @param message - What to send, without its time of receipt.
 * @example
 * ```ts
 * sendToClinic({ kind: 'intake', summary, snapshot });
 * ```
 */
export function sendToClinic(message: { kind: 'intake'; summary: unknown; snapshot: unknown } | { kind: 'unrestored'; stored: unknown }): void {
  localStorage.setItem(INBOX_KEY, JSON.stringify([...receivedMessages(), { ...message, receivedAt: new Date().toISOString() }]));
}

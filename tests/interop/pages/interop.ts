// What every client page shares: which questionnaire to show (?q=), and the window.__interop contract the harness
// reads (ready / error / read()). See harness/browser.ts.
import { briefScreen, substanceUseIntake } from 'intake-screening/questionnaires';

export const params = new URLSearchParams(location.search);

const QUESTIONNAIRES = { briefScreen, substanceUseIntake } as const;

/** The questionnaire named by `?q=` (briefScreen when absent). */
export function questionnaire(): (typeof QUESTIONNAIRES)[keyof typeof QUESTIONNAIRES] {
  const name = params.get('q') ?? 'briefScreen';
  if (!(name in QUESTIONNAIRES)) throw new Error(`unknown questionnaire ${name}`);
  return QUESTIONNAIRES[name as keyof typeof QUESTIONNAIRES];
}

/** Tell the harness what the host would read back now. */
export function exposeRead(read: () => unknown): void {
  window.__interop = { ...window.__interop, read };
}

/**
 * Tell the harness when the client still has a change on its way to the host (a renderer that reports changes late,
 * and copies the host's data back into its own state later still): a driver waits for false before its next input.
 */
export function exposePending(pending: () => boolean): void {
  window.__interop = { ...window.__interop, pending };
}

/** The client has rendered (after a tick, so its first effects have run). */
export function markReady(): void {
  setTimeout(() => {
    window.__interop = { ...window.__interop, ready: true };
  }, 200);
}

export function markError(error: unknown): void {
  window.__interop = { ...window.__interop, error: String((error as Error | undefined)?.stack ?? error) };
}

window.addEventListener('error', (event) => markError(event.error ?? event.message));
window.addEventListener('unhandledrejection', (event) => markError(event.reason));

declare global {
  interface Window {
    __interop?: { ready?: boolean; error?: string; read?: () => unknown; pending?: () => boolean };
  }
}

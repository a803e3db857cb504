/**
 * Where an `<intake-form>` keeps its flow's persisted snapshot between visits,
 * so a reload resumes. The snapshot is plain JSON holding the person's
 * answers: keep it where the person's privacy allows (the default is this
 * browser's `localStorage`), and clear it when they finish.
 *
 * @example
 * ```ts
 * import type { IntakeStore } from 'intake-screening/web';
 * // Progress kept in memory only: a reload starts again.
 * let kept: unknown;
 * const memory: IntakeStore = {
 *   load: () => kept,
 *   save: (snapshot) => void (kept = snapshot),
 *   clear: () => void (kept = undefined),
 *   setAside: () => undefined,
 * };
 * ```
 */
export interface IntakeStore {
  /** The stored snapshot: parsed JSON, or the raw text when it is not JSON; `undefined` when there is none. */
  load(): unknown;
  /** Keep the snapshot (called after every step). */
  save(snapshot: unknown): void;
  /** Forget the snapshot (the host's `reset()`). */
  clear(): void;
  /**
   * Keep a stored snapshot the flow refused to resume (another questionnaire,
   * an incompatible version, damaged data) apart from the new progress, so the
   * answers in it are not lost; the form also reports it in an
   * `intake-restore` event.
   */
  setAside(stored: unknown): void;
}

/**
 * An `IntakeStore` over Web Storage (`localStorage` by default). A snapshot the
 * flow refuses is moved to `<key>:unrestored` (a JSON list, newest last), never
 * deleted. Storage that is full or blocked (private browsing) is not an
 * error: the intake still runs, it only cannot resume.
 *
 * @param key - The storage key, one per questionnaire (the form uses `intake-screening/<questionnaire id>`).
 * @param storage - The Storage to use; `localStorage` when omitted.
 * @returns The store.
 * @example
 * ```ts
 * import { webStorageStore } from 'intake-screening/web';
 * declare const form: HTMLElement & { store: unknown };
 * // Progress that lasts only as long as the browser tab.
 * form.store = webStorageStore('intake-screening/brief-screen', sessionStorage);
 * ```
 */
export function webStorageStore(key: string, storage?: Storage): IntakeStore {
  const area = () => storage ?? globalThis.localStorage;
  const attempt = (write: () => void) => {
    try {
      write();
    } catch {
      // Full or blocked: the intake goes on without resuming.
    }
  };
  return {
    load() {
      const text = area().getItem(key);
      if (text === null) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        // Not JSON: handed on as text, so the flow refuses it and it is set aside rather than dropped.
        return text;
      }
    },
    save: (snapshot) => attempt(() => area().setItem(key, JSON.stringify(snapshot))),
    clear: () => attempt(() => area().removeItem(key)),
    setAside(stored) {
      const asideKey = `${key}:unrestored`;
      attempt(() => {
        let kept: unknown[] = [];
        try {
          const earlier = JSON.parse(area().getItem(asideKey) ?? '[]') as unknown;
          if (Array.isArray(earlier)) kept = earlier;
        } catch {
          // A damaged list is replaced by a new one; its text is kept as one more entry.
          kept = [area().getItem(asideKey)];
        }
        area().setItem(asideKey, JSON.stringify([...kept, stored]));
      });
    },
  };
}

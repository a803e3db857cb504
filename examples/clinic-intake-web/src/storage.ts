/**
 * Where the flow's persisted snapshot is kept between visits. The snapshot is
 * plain JSON; it holds the person's answers, so it stays in this browser and
 * is removed when they finish and clear it.
 */
export interface SnapshotStore {
  /** The stored snapshot, parsed; undefined when there is none or it is not JSON. */
  load(): unknown;
  save(snapshot: unknown): void;
  /** The language the person chose, kept with their progress; undefined when none was chosen. */
  loadLocale(): string | undefined;
  saveLocale(locale: string): void;
  /** Remove the snapshot and the chosen language. */
  clear(): void;
}

/**
 * A snapshot store over Web Storage (`localStorage` by default). The chosen
 * language is kept beside the snapshot (`<key>:locale`) and cleared with it,
 * so on a shared device the next person starts in their own browser's
 * language.
 *
 * @param key - The storage key; one per questionnaire.
 * @param storage - The Storage to use.
 * @returns The store.
 * @example
 * ```ts
 * const store = webStorageStore('intake-screening/substance-use-intake');
 * store.save({ status: 'active' });
 * ```
 */
export function webStorageStore(key: string, storage: Storage = window.localStorage): SnapshotStore {
  const localeKey = `${key}:locale`;
  return {
    load() {
      const text = storage.getItem(key);
      if (text === null) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        // A damaged entry cannot resume; starting fresh is the only safe choice.
        storage.removeItem(key);
        return undefined;
      }
    },
    save(snapshot) {
      try {
        storage.setItem(key, JSON.stringify(snapshot));
      } catch {
        // Storage full or blocked (private browsing): the intake still works, it just cannot resume.
      }
    },
    loadLocale() {
      return storage.getItem(localeKey) ?? undefined;
    },
    saveLocale(locale) {
      try {
        storage.setItem(localeKey, locale);
      } catch {
        // As for the snapshot: the page works without it.
      }
    },
    clear() {
      storage.removeItem(key);
      storage.removeItem(localeKey);
    },
  };
}

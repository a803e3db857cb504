import type { LocalizedText } from '../definition/text.js';

/** Words the exporters add themselves, in the locales the bundled questionnaires cover. */
export const LABELS = {
  preferNotToAnswer: { en: 'Prefer not to answer', es: 'Prefiero no responder' },
  yes: { en: 'Yes', es: 'Sí' },
  no: { en: 'No', es: 'No' },
} as const satisfies Record<string, LocalizedText>;

import { fillPhrase, localize } from 'intake-screening';
import { INTAKE_FORM_WORDING } from 'intake-screening/web';

/** The element's own phrases (en/es, checked by the library's tests), so the headless page says what the element says. */
export function words(locale: string) {
  return (key: keyof typeof INTAKE_FORM_WORDING, values: Readonly<Record<string, string | number>> = {}) =>
    fillPhrase(localize(INTAKE_FORM_WORDING[key], locale), values);
}

import type { Questionnaire } from 'intake-screening';
import { asq, briefScreen, substanceUseIntake } from 'intake-screening/questionnaires';

/** The questionnaires the pages offer, by the `?questionnaire=` name the end-to-end tests use. */
export const QUESTIONNAIRES: Readonly<Record<string, Questionnaire>> = {
  'brief-screen': briefScreen,
  'substance-use-intake': substanceUseIntake,
  asq,
};

/** The page's questionnaire and language, from `?questionnaire=` and `?locale=` (brief screen, English by default). */
export function fromAddress(search: string): { questionnaire: Questionnaire; locale: 'en' | 'es' } {
  const params = new URLSearchParams(search);
  return {
    questionnaire: QUESTIONNAIRES[params.get('questionnaire') ?? ''] ?? briefScreen,
    locale: params.get('locale') === 'es' ? 'es' : 'en',
  };
}

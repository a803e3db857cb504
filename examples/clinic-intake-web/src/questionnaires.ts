import type { Questionnaire } from 'intake-screening';
import { asq, briefScreen, substanceUseIntake } from 'intake-screening/questionnaires';
import { followUpCheckIn } from './follow-up-check-in.js';

/** What the example's pages can run, by name (`data-questionnaire` on the person's pages, `?questionnaire=` on element.html). */
export const QUESTIONNAIRES: Readonly<Record<string, Questionnaire>> = {
  'brief-screen': briefScreen,
  'substance-use-intake': substanceUseIntake,
  asq,
  'follow-up-check-in': followUpCheckIn,
};

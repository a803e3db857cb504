import { defineIntakeForm, type IntakeFormElement } from 'intake-screening/web';
import { briefScreen } from 'intake-screening/questionnaires';
import { QUESTIONNAIRES } from './questionnaires.js';

// The page a clinic writes around the element: register it, give it a questionnaire (data), choose the language.
// `?questionnaire=` and `?locale=` pick them here, so the end-to-end tests can drive every case on one page.
defineIntakeForm();
const params = new URLSearchParams(location.search);
const form = document.querySelector<IntakeFormElement>('intake-form');
if (form === null) throw new Error('The page needs an <intake-form> element.');
const locale = params.get('locale');
if (locale !== null) {
  form.locale = locale;
  document.documentElement.lang = locale;
}
form.questionnaire = QUESTIONNAIRES[params.get('questionnaire') ?? 'brief-screen'] ?? briefScreen;

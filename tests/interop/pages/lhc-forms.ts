// LHC-Forms 40.1.3 (NLM) over toFhirQuestionnaire's export, set up as docs/form-schemas-and-fhir.md says: the
// Questionnaire converted with LForms.Util.convertFHIRQuestionnaireToLForms, option scores left out of the option
// text (templateOptions.displayScoreWithAnswerText), radio buttons and check boxes instead of drop-downs; the host
// reads the QuestionnaireResponse back with LForms.Util.getFormFHIRData.
import { toFhirQuestionnaire } from 'intake-screening/fhir';
import { exposeRead, markError, markReady, questionnaire } from './interop.js';

interface LFormsUtil {
  convertFHIRQuestionnaireToLForms(q: unknown, version: 'R4'): { templateOptions?: Record<string, unknown> };
  addFormToPage(form: unknown, container: string, options: { fhirVersion: 'R4' }): Promise<void>;
  getFormFHIRData(type: 'QuestionnaireResponse', version: 'R4', container: string): unknown;
}
declare global {
  interface Window {
    LForms: { Util: LFormsUtil };
  }
}

const { resource } = toFhirQuestionnaire(questionnaire());
const form = window.LForms.Util.convertFHIRQuestionnaireToLForms(resource, 'R4');
form.templateOptions = {
  ...form.templateOptions,
  // By default LHC-Forms writes each option's score after its text ("Several days - 1").
  displayScoreWithAnswerText: false,
  defaultAnswerLayout: { answerLayout: { type: 'RADIO_CHECKBOX', columns: '1' } },
};
window.LForms.Util.addFormToPage(form, 'formContainer', { fhirVersion: 'R4' })
  .then(() => {
    exposeRead(() => window.LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', 'formContainer'));
    markReady();
  })
  .catch(markError);

// The bundled intake: typed answers and a summary.
import { summarize, renderSummary, type AnswersOf } from 'intake-screening';
import { briefScreen, substanceUseIntake } from 'intake-screening/questionnaires';

const intakeAnswers: AnswersOf<typeof substanceUseIntake> = { 'substance.used': ['heroin'], 'phq9.q1': 2, 'asq.q1': 0 };
const briefAnswers: AnswersOf<typeof briefScreen> = { 'phq9.q1': 1, 'taps.tobacco.frequency': 'never' };
export const text = renderSummary(summarize(substanceUseIntake, intakeAnswers), { format: 'text', audience: 'clinician' });
export const brief = summarize(briefScreen, briefAnswers).urgency;

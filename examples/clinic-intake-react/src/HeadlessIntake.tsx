import { type ReactNode, useEffect, useRef } from 'react';
import { fillPhrase, localize, PHRASES, type Questionnaire } from 'intake-screening';
import { useIntake } from 'intake-screening/react';
import { sendToClinic } from './outbox.js';
import { Question } from './Question.js';
import { words } from './words.js';

/**
 * The same intake drawn by the app itself with `useIntake`: the hook gives the typed state, the person's errors in
 * their language, progress, the safety interrupt and the summary; every control here is the app's own.
 */
export function HeadlessIntake({ questionnaire, locale }: { questionnaire: Questionnaire; locale: 'en' | 'es' }) {
  const intake = useIntake(questionnaire, { locale });
  const { state } = intake;
  const t = words(intake.locale);
  const heading = useRef<HTMLHeadingElement>(null);
  const screen = `${state.status}:${state.section?.id ?? ''}`;
  // A new screen: focus its heading (the crisis dialog focuses itself), so a screen reader reads where the person is.
  const shownScreen = useRef(screen);
  useEffect(() => {
    if (shownScreen.current === screen) return;
    shownScreen.current = screen;
    heading.current?.focus();
  }, [screen]);
  // The clinic's side, as the <IntakeForm> page does it: a safety alert at once, the summary once sent.
  const alerted = useRef('');
  useEffect(() => {
    if (state.urgency !== undefined && alerted.current !== screen) {
      alerted.current = screen;
      sendToClinic('/api/intake/safety', { urgency: state.urgency, triggers: state.safety.map((s) => s.id) });
    }
  }, [screen, state.urgency, state.safety]);
  const sent = useRef(false);
  useEffect(() => {
    if (intake.summary !== undefined && intake.restore.kind !== 'resumed' && !sent.current) {
      sent.current = true;
      sendToClinic('/api/intake', { summary: intake.summary, snapshot: intake.snapshot() });
    }
  }, [intake]);

  const progress =
    state.status === 'review'
      ? t('progressReview')
      : state.status === 'completed'
        ? t('progressDone')
        : t('progress', { section: state.progress.section, sections: state.progress.sections });
  return (
    <div className="intake" lang={intake.locale}>
      <p id="progress-label">{progress}</p>
      <progress aria-labelledby="progress-label" max={100} value={Math.round(state.progress.value * 100)} />
      {intake.restore.kind === 'resumed' && <p role="status">{t('resumed')}</p>}
      {state.dropped && <p role="status">{t('dropped')}</p>}

      {state.status === 'answering' && state.section && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            intake.next();
          }}
        >
          <h2 ref={heading} tabIndex={-1}>
            {localize(state.section.title, intake.locale)}
          </h2>
          {state.items.map((shown) => (
            <Question key={`${shown.id}:${intake.locale}`} shown={shown} locale={intake.locale} onAnswer={(value) => intake.answer(shown.id, value as never)} />
          ))}
          <div className="navigation">
            {state.progress.section > 1 && (
              <button type="button" onClick={intake.back}>
                {t('back')}
              </button>
            )}
            <button type="submit" className="primary">
              {state.progress.section === state.progress.sections ? t('toReview') : t('next')}
            </button>
          </div>
        </form>
      )}

      {state.status === 'safety' && state.urgency && (
        <CrisisDialog title={t('crisisTitle')} button={t('crisisContinue')} onContinue={intake.acknowledge}>
          <p>{localize(PHRASES.urgencyPatient[state.urgency], intake.locale)}</p>
          {state.crisisResources && <p>{localize(state.crisisResources, intake.locale)}</p>}
        </CrisisDialog>
      )}

      {state.status === 'review' && (
        <section>
          <h2 ref={heading} tabIndex={-1}>
            {t('reviewTitle')}
          </h2>
          <p>{t('reviewIntro')}</p>
          <div className="navigation">
            <button type="button" onClick={intake.back}>
              {t('back')}
            </button>
            <button type="button" className="primary" onClick={intake.submit}>
              {t('submit')}
            </button>
          </div>
        </section>
      )}

      {state.status === 'completed' && intake.summary && intake.patientView && (
        // The person's view only: what happens next and the support suggested, in plain words; no score.
        <section className="patient-summary">
          <h2 ref={heading} tabIndex={-1}>
            {fillPhrase(localize(PHRASES.patient.title, intake.locale), { title: intake.summary.questionnaire.title })}
          </h2>
          <p>{localize(PHRASES.urgencyPatient[intake.summary.urgency.level], intake.locale)}</p>
          {intake.summary.crisisResources !== undefined && <p>{intake.summary.crisisResources}</p>}
          {intake.patientView.referrals.length > 0 && (
            <ul>
              {intake.patientView.referrals.map((type) => (
                <li key={type}>{localize(PHRASES.referralsPatient[type], intake.locale)}</li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}

/** The crisis panel: an alert dialog that takes focus and keeps it until the person continues. */
function CrisisDialog({ title, button, onContinue, children }: { title: string; button: string; onContinue: () => void; children: ReactNode }) {
  const dialog = useRef<HTMLElement>(null);
  useEffect(() => dialog.current?.focus(), []);
  return (
    <section
      ref={dialog}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="crisis-title"
      aria-describedby="crisis-text"
      tabIndex={-1}
      onKeyDown={(event) => {
        // Tab stays inside: the dialog has one control.
        if (event.key === 'Tab') {
          event.preventDefault();
          dialog.current?.querySelector('button')?.focus();
        }
      }}
    >
      <h2 id="crisis-title">{title}</h2>
      <div id="crisis-text">{children}</div>
      <button type="button" className="primary" onClick={onContinue}>
        {button}
      </button>
    </section>
  );
}

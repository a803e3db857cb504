import { type LocalizedText, localize, PHRASES } from 'intake-screening';
import { asq } from 'intake-screening/questionnaires';
import { useIntake } from 'intake-screening/react';
import { INTAKE_FORM_WORDING as W } from 'intake-screening/web';

/** The ASQ with your own controls: the hook gives the state, the person's errors, the safety interrupt and the summary. */
export function SafetyQuestions({ locale }: { locale: 'en' | 'es' }) {
  const { state, answer, next, back, acknowledge, submit, summary, patientView } = useIntake(asq, { locale });
  const say = (text: LocalizedText) => localize(text, locale);

  if (state.status === 'safety') {
    // The crisis panel: an alert dialog that takes focus; nothing else can be used until the person continues.
    return (
      <section role="alertdialog" aria-modal="true" aria-labelledby="crisis" tabIndex={-1} ref={(dialog) => dialog?.focus()}>
        <h2 id="crisis">{say(W.crisisTitle)}</h2>
        <p>{say(PHRASES.urgencyPatient[state.urgency ?? 'urgent'])}</p>
        {state.crisisResources && <p>{say(state.crisisResources)}</p>}
        <button onClick={acknowledge}>{say(W.crisisContinue)}</button>
      </section>
    );
  }
  if (state.status === 'review') {
    return (
      <section>
        <h2>{say(W.reviewTitle)}</h2>
        <button onClick={back}>{say(W.back)}</button> <button onClick={submit}>{say(W.submit)}</button>
      </section>
    );
  }
  if (summary && patientView) {
    // The person's view only: the care team's summary goes to your server, never onto this page.
    return (
      <section>
        <h2>{say(W.progressDone)}</h2>
        <p>{say(PHRASES.urgencyPatient[summary.urgency.level])}</p>
        <ul>
          {patientView.referrals.map((type) => (
            <li key={type}>{say(PHRASES.referralsPatient[type])}</li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        next();
      }}
    >
      <h2>{state.section && say(state.section.title)}</h2>
      {state.items.map((shown) =>
        shown.item.kind === 'text' ? (
          <label key={shown.id}>
            {say(shown.item.text)} <input defaultValue={shown.answer ?? ''} onBlur={(event) => answer(shown.id, event.target.value || null)} />
          </label>
        ) : (
          <fieldset key={shown.id} aria-invalid={shown.error !== undefined}>
            <legend>{say(shown.item.text)}</legend>
            {shown.item.options.map((option) => (
              <label key={option.value}>
                <input type="radio" name={shown.id} checked={shown.answer === option.value} onChange={() => answer(shown.id, option.value)} />
                {say(option.text)}
              </label>
            ))}
            {shown.error && <p role="alert">{shown.error}</p>}
          </fieldset>
        ),
      )}
      <button>{say(W.toReview)}</button>
    </form>
  );
}

import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/locale/format-issue.js';
import { asq, briefScreen } from '../../questionnaires/index.js';
import { intakeLocale, intakeState } from '../../src/react/intake-state.js';
import { IntakeSession } from '../../src/web/intake-session.js';

describe('intakeState: what useIntake draws, without React', () => {
  it('lists the visible items with the answers the flow holds and nothing chosen for the person', () => {
    const session = new IntakeSession(asq, undefined, 'en');
    const state = intakeState<typeof asq>(session, 'en');
    expect(state.status).toBe('answering');
    expect(state.items.map((i) => [i.id, i.answer, i.error])).toEqual([
      ['asq.q1', undefined, undefined],
      ['asq.q2', undefined, undefined],
      ['asq.q3', undefined, undefined],
      ['asq.q4', undefined, undefined],
    ]);
    session.answer('asq.q1', 0);
    expect(intakeState(session, 'en').items[0]).toMatchObject({ id: 'asq.q1', answer: 0, error: undefined });
  });

  it("words each refusal for the person in the intake's language, beside its item, with the issue as data", () => {
    const session = new IntakeSession(asq, undefined, 'es');
    expect(session.next()).toBe(false);
    const state = intakeState(session, 'es');
    const first = state.items[0];
    expect(first?.issue?.code).toBe('required');
    expect(first?.error).toBe(formatIssue(first!.issue!, { locale: 'es', audience: 'person' }));
    expect(first?.error).not.toBe(formatIssue(first!.issue!, { locale: 'en', audience: 'person' }));
    expect(state.items.every((i) => i.error !== undefined && !i.error.includes(i.id))).toBe(true);
  });

  it('reports the safety interrupt with its urgency: emergency for an ASQ acute positive', () => {
    const session = new IntakeSession(asq, undefined, 'en');
    session.answer('asq.q1', 1);
    session.answer('asq.q5', 'yes');
    const state = intakeState(session, 'en');
    expect(state.status).toBe('safety');
    expect(state.urgency).toBe('emergency');
    expect(state.crisisResources).toBeDefined();
    session.acknowledge();
    expect(intakeState(session, 'en')).toMatchObject({ status: 'answering', urgency: undefined });
  });

  it('reports a non-acute positive as urgent when the person leaves the section', () => {
    const session = new IntakeSession(asq, undefined, 'en');
    session.answer('asq.q1', 1);
    for (const id of ['asq.q2', 'asq.q3', 'asq.q4']) session.answer(id, 0);
    session.answer('asq.q5', 'no');
    expect(intakeState(session, 'en').status).toBe('answering');
    session.next();
    expect(intakeState(session, 'en')).toMatchObject({ status: 'safety', urgency: 'urgent' });
  });

  it('keeps progress at the furthest point reached when the person goes back', () => {
    const session = new IntakeSession(briefScreen, undefined, 'en');
    session.next();
    const ahead = intakeState(session, 'en').progress.value;
    expect(ahead).toBeGreaterThan(0);
    session.back();
    expect(intakeState(session, 'en').progress).toMatchObject({ section: 1, value: ahead });
  });

  it('shows a locale the questionnaire is translated into, and English otherwise', () => {
    expect(intakeLocale(briefScreen, 'es')).toBe('es');
    expect(intakeLocale(briefScreen, 'es-MX')).toBe('es');
    expect(intakeLocale(briefScreen, 'fr')).toBe('en');
    expect(intakeLocale(briefScreen, 'not a tag')).toBe('en');
    expect(intakeLocale(briefScreen, undefined)).toBe('en');
  });
});

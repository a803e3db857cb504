import { describe, expect, it } from 'vitest';
import { checkedQuestionnaire, isCheckedQuestionnaire, parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { indexOf } from '../../src/engine/questionnaire-index.js';
import { QuestionnaireError, resolveAnswers, summarize } from '../../src/index.js';
import { briefScreen } from '../../questionnaires/index.js';

describe('the engine index and the definition check', () => {
  it('indexes a checked questionnaire once and never parses: an unchecked object is a caller bug', () => {
    expect(indexOf(briefScreen)).toBe(indexOf(briefScreen));
    const copy = structuredClone(briefScreen);
    expect(isCheckedQuestionnaire(copy)).toBe(false);
    expect(() => indexOf(copy)).toThrow(/not checked/);
  });

  it('public functions check an input they did not make at the boundary, once per object', () => {
    const copy = structuredClone(briefScreen);
    const checked = checkedQuestionnaire(copy);
    expect(isCheckedQuestionnaire(checked)).toBe(true);
    expect(checkedQuestionnaire(copy)).toBe(checked);
    expect(checkedQuestionnaire(briefScreen)).toBe(briefScreen);
    expect(resolveAnswers(copy, { 'asq.q1': 1 }).answers).toEqual({ 'asq.q1': 1 });
    expect(summarize(copy, {}).questionnaire.id).toBe(briefScreen.id);
  });

  it('a copy that no longer passes the checks is refused with its issues', () => {
    const broken = JSON.parse(JSON.stringify(briefScreen)) as { sections: { items: { when?: unknown }[] }[] };
    (broken.sections[0]?.items[0] as { when?: unknown }).when = { item: 'no.such.item', eq: true };
    expect(() => resolveAnswers(broken as never, {})).toThrow(QuestionnaireError);
    expect(isCheckedQuestionnaire(parseQuestionnaire(JSON.parse(JSON.stringify(briefScreen))))).toBe(true);
  });
});

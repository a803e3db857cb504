import { describe, expect, it } from 'vitest';
import { substanceUseIntake } from '../../questionnaires/index.js';
import { defineQuestionnaire, parseQuestionnaire, safeParseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import { checkQuestionnaire } from '../../src/definition/check-questionnaire.js';
import type { QuestionnaireDefinition } from '../../src/definition/questionnaire.js';
import type { Questionnaire } from '../../src/definition/types.js';
import { startIntake } from '../../src/flow/start-intake.js';
import { FHIR_EXTENSIONS, fromFhirQuestionnaire, toFhirQuestionnaire } from '../../src/fhir/index.js';
import { formatIssue } from '../../src/locale/format-issue.js';
import { summarize } from '../../src/summary/summarize.js';

// Issue 21, point 11: "Which one do you want help with most?" offers only the
// substances the person chose, through a declarative `optionsFrom`.

const SUBSTANCES = [
  { value: 'heroin', text: { en: 'Heroin' } },
  { value: 'alcohol', text: { en: 'Alcohol' } },
  { value: 'cannabis', text: { en: 'Cannabis' } },
] as const;

const q = defineQuestionnaire({
  id: 'options-from',
  version: '1.0.0',
  title: { en: 'Options from an earlier answer' },
  sections: [
    {
      id: 'use',
      title: { en: 'Use' },
      instrument: { kind: 'descriptive', name: 'Use' },
      items: [
        { id: 'use.used', kind: 'multi', text: { en: 'Which have you used?' }, options: SUBSTANCES, preferNotToAnswer: true },
        { id: 'use.main', kind: 'single', text: { en: 'Which one most?' }, options: SUBSTANCES, optionsFrom: 'use.used', preferNotToAnswer: true },
        { id: 'use.wanted', kind: 'multi', text: { en: 'Which do you want help with?' }, options: SUBSTANCES, optionsFrom: 'use.used' },
      ],
    },
  ],
});

const offered = (intake: ReturnType<typeof startIntake>, itemId: string) => {
  const item = intake.view().items.find((i) => i.id === itemId);
  return item !== undefined && (item.kind === 'single' || item.kind === 'multi') ? item.options.map((o) => o.value) : undefined;
};

describe('optionsFrom: an item offers only the options chosen in an earlier one', () => {
  it('offers every option until the earlier question has chosen values, then only those, for single and multi items', () => {
    const intake = startIntake<Questionnaire>(q);
    expect(offered(intake, 'use.main')).toEqual(['heroin', 'alcohol', 'cannabis']);
    expect(intake.answer('use.used', ['alcohol', 'heroin'])).toEqual([]);
    // In the item's own order, not the order chosen.
    expect(offered(intake, 'use.main')).toEqual(['heroin', 'alcohol']);
    expect(offered(intake, 'use.wanted')).toEqual(['heroin', 'alcohol']);
    // The definition keeps its full list: only the view is narrowed.
    expect(q.sections[0].items[1].options).toHaveLength(3);
  });

  it('refuses an option that was not chosen, with a person message that names no value, and keeps the answers', () => {
    const intake = startIntake<Questionnaire>(q);
    intake.answer('use.used', ['heroin', 'alcohol']);
    const before = intake.answers;
    const [single] = intake.answer('use.main', 'cannabis');
    expect(single).toMatchObject({ code: 'out-of-range', problem: 'not-chosen', itemId: 'use.main', limits: { kind: 'single', options: 2 } });
    expect(formatIssue(single!)).toBe('Choose from the options shown.');
    expect(formatIssue(single!, { locale: 'es' })).toBe('Elija entre las opciones que se muestran.');
    expect(single!.message).not.toContain('cannabis');
    const [multi] = intake.answer('use.wanted', ['heroin', 'cannabis']);
    expect(multi).toMatchObject({ code: 'out-of-range', problem: 'not-chosen', itemId: 'use.wanted' });
    expect(intake.answers).toBe(before);
    expect(intake.answer('use.main', 'alcohol')).toEqual([]);
    expect(intake.answer('use.wanted', ['heroin'])).toEqual([]);
    expect(intake.answer('use.main', 'prefer-not-to-answer')).toEqual([]);
  });

  it('keeps an answer when the earlier one changes, still offered so the person sees it, and reports it in the summary', () => {
    const intake = startIntake<Questionnaire>(q);
    intake.answer('use.used', ['heroin', 'alcohol']);
    intake.answer('use.main', 'heroin');
    expect(intake.answer('use.used', ['alcohol'])).toEqual([]);
    expect(intake.answers).toMatchObject({ 'use.used': ['alcohol'], 'use.main': 'heroin' });
    expect(offered(intake, 'use.main')).toEqual(['heroin', 'alcohol']);
    // The kept answer may be given again; another option not chosen may not.
    expect(intake.answer('use.main', 'heroin')).toEqual([]);
    expect(intake.answer('use.main', 'cannabis')).toMatchObject([{ code: 'out-of-range', problem: 'not-chosen' }]);
    // Once changed to a chosen option, the old one is no longer offered.
    expect(intake.answer('use.main', 'alcohol')).toEqual([]);
    expect(offered(intake, 'use.main')).toEqual(['alcohol']);

    const kept = startIntake<Questionnaire>(q);
    kept.answer('use.used', ['heroin', 'alcohol']);
    kept.answer('use.main', 'heroin');
    kept.answer('use.used', ['alcohol']);
    expect(kept.next()).toEqual([]);
    expect(kept.submit()).toEqual([]);
    const main = kept.summary?.answers?.flatMap((s) => s.answers).find((a) => a.itemId === 'use.main');
    expect(main).toMatchObject({ answer: 'heroin', answerText: 'Heroin' });
    expect(summarize(q, { 'use.used': ['alcohol'], 'use.main': 'heroin' }).issues).toEqual([]);
  });

  it('offers every option when the earlier question was declined', () => {
    const intake = startIntake<Questionnaire>(q);
    intake.answer('use.used', 'prefer-not-to-answer');
    expect(offered(intake, 'use.main')).toEqual(['heroin', 'alcohol', 'cannabis']);
    expect(intake.answer('use.main', 'cannabis')).toEqual([]);
  });

  it('the bundled intake offers as the main substance only the substances the person chose', () => {
    const intake = startIntake<Questionnaire>(substanceUseIntake);
    // Decline or answer every required question before the substance-use section.
    while (intake.view().section?.id !== 'substance') {
      for (const id of intake.view().missing) {
        const item = intake.view().items.find((i) => i.id === id)!;
        const value =
          item.kind !== 'display' && item.preferNotToAnswer
            ? 'prefer-not-to-answer'
            : item.kind === 'single'
              ? item.options[0]!.value
              : item.kind === 'number'
                ? 30
                : true;
        expect(intake.answer(id, value)).toEqual([]);
      }
      expect(intake.next()).toEqual([]);
    }
    expect(intake.answer('substance.used', ['fentanyl', 'alcohol', 'benzodiazepines'])).toEqual([]);
    expect(offered(intake, 'substance.main')).toEqual(['fentanyl', 'benzodiazepines', 'alcohol']);
    expect(intake.answer('substance.main', 'heroin')).toMatchObject([{ code: 'out-of-range', problem: 'not-chosen' }]);
    expect(intake.answer('substance.main', 'fentanyl')).toEqual([]);
  });
});

describe('optionsFrom static checks', () => {
  const withMain = (
    main: Record<string, unknown>,
    first: Record<string, unknown> = { id: 'use.used', kind: 'multi', text: { en: 'Used?' }, options: SUBSTANCES },
  ) =>
    ({
      id: 'bad',
      version: '1.0.0',
      title: { en: 'Bad' },
      sections: [
        {
          id: 'use',
          title: { en: 'Use' },
          instrument: { kind: 'descriptive', name: 'Use' },
          items: [first, { id: 'use.main', kind: 'single', text: { en: 'Main?' }, options: SUBSTANCES, ...main }],
        },
      ],
    }) as unknown as QuestionnaireDefinition;
  const codes = (def: QuestionnaireDefinition) => checkQuestionnaire(def).map((i) => [i.code, i.path.join('.')]);

  it('refuses an unknown, later, own or non-multi source, and an option the source does not offer', () => {
    expect(codes(withMain({ optionsFrom: 'use.usd' }))).toEqual([['unknown-item', 'sections.0.items.1.optionsFrom']]);
    expect(codes(withMain({ optionsFrom: 'use.main' }))).toEqual([['self-reference', 'sections.0.items.1.optionsFrom']]);
    const later = withMain({}, { id: 'use.first', kind: 'single', text: { en: 'First?' }, options: SUBSTANCES, optionsFrom: 'use.main' });
    expect(codes(later)).toEqual([['forward-reference', 'sections.0.items.0.optionsFrom']]);
    const single = withMain({ optionsFrom: 'use.used' }, { id: 'use.used', kind: 'single', text: { en: 'Used?' }, options: SUBSTANCES });
    expect(codes(single)).toEqual([['condition-mismatch', 'sections.0.items.1.optionsFrom']]);
    const fewer = withMain({ optionsFrom: 'use.used' }, { id: 'use.used', kind: 'multi', text: { en: 'Used?' }, options: SUBSTANCES.slice(0, 2) });
    expect(codes(fewer)).toEqual([['unknown-option', 'sections.0.items.1.options.2.value']]);
    expect(codes(withMain({ optionsFrom: 'use.used' }))).toEqual([]);
  });

  it('is refused on other item kinds by the schema', () => {
    const def = withMain({}, { id: 'use.used', kind: 'boolean', text: { en: 'Used?' }, optionsFrom: 'use.main' });
    expect(() => parseQuestionnaire(def)).toThrow(QuestionnaireError);
    expect(safeParseQuestionnaire(def)).toMatchObject({ success: false, issues: [{ code: 'invalid-definition', path: ['sections', 0, 'items', 0] }] });
  });
});

describe('optionsFrom in the exports', () => {
  it('FHIR keeps the full answer list and carries optionsFrom in an extension that the import reads back', () => {
    const { resource } = toFhirQuestionnaire(substanceUseIntake);
    const main = resource.item?.flatMap((g) => g.item ?? []).find((i) => i.linkId === 'substance.main');
    // The nine substances and "prefer not to answer".
    expect(main?.answerOption).toHaveLength(10);
    expect(main?.extension).toContainEqual({ url: FHIR_EXTENSIONS.optionsFrom, valueString: 'substance.used' });
    const imported = fromFhirQuestionnaire(JSON.parse(JSON.stringify(resource)));
    const item = imported.questionnaire.sections.flatMap((s) => s.items).find((i) => i.id === 'substance.main');
    expect(item).toMatchObject({ kind: 'single', optionsFrom: 'substance.used' });
    expect(imported.issues.filter((i) => i.path.includes('extension'))).toEqual([]);
  });
});

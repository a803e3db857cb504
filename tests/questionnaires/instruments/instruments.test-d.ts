import { describe, expectTypeOf, it } from 'vitest';
import type { AnswersOf, ScoreIdOf } from '../../../src/definition/types.js';
import type { asq } from '../../../questionnaires/instruments/asq.js';
import type { ciwaAr } from '../../../questionnaires/instruments/ciwa-ar.js';
import type { auditC } from '../../../questionnaires/instruments/audit-c.js';
import type { phq9 } from '../../../questionnaires/instruments/phq9.js';
import type { pcPtsd5 } from '../../../questionnaires/instruments/pc-ptsd-5.js';
import type { taps } from '../../../questionnaires/instruments/taps.js';

type Frequency = 0 | 1 | 2 | 3;
type Declinable<T> = T | 'prefer-not-to-answer';

describe('AnswersOf the instruments', () => {
  it('keeps PHQ-9 item ids and scale values literal', () => {
    expectTypeOf<AnswersOf<typeof phq9>>().toEqualTypeOf<{
      readonly 'phq9.q1'?: Frequency;
      readonly 'phq9.q2'?: Frequency;
      readonly 'phq9.q3'?: Frequency;
      readonly 'phq9.q4'?: Frequency;
      readonly 'phq9.q5'?: Frequency;
      readonly 'phq9.q6'?: Frequency;
      readonly 'phq9.q7'?: Frequency;
      readonly 'phq9.q8'?: Frequency;
      readonly 'phq9.q9'?: Frequency;
      readonly 'phq9.difficulty'?: 'not-difficult' | 'somewhat' | 'very' | 'extremely';
    }>();
    expectTypeOf<ScoreIdOf<typeof phq9>>().toEqualTypeOf<'phq9' | 'phq2'>();
  });

  it('types declinable items with "prefer-not-to-answer"', () => {
    type Asq = AnswersOf<typeof asq>;
    expectTypeOf<Asq['asq.q1']>().toEqualTypeOf<Declinable<0 | 1> | undefined>();
    expectTypeOf<Asq['asq.q5']>().toEqualTypeOf<Declinable<'yes' | 'no'> | undefined>();
    expectTypeOf<Asq['asq.q4.how-when']>().toEqualTypeOf<Declinable<string> | undefined>();
    expectTypeOf<AnswersOf<typeof auditC>['auditc.sex']>().toEqualTypeOf<Declinable<'female' | 'male'> | undefined>();
    expectTypeOf<AnswersOf<typeof auditC>['auditc.q1']>().toEqualTypeOf<Declinable<0 | 1 | 2 | 3 | 4> | undefined>();
    expectTypeOf<AnswersOf<typeof pcPtsd5>['pcptsd5.exposure']>().toEqualTypeOf<Declinable<'yes' | 'no'> | undefined>();
    expectTypeOf<AnswersOf<typeof taps>['taps.drugs.frequency']>().toEqualTypeOf<
      Declinable<'daily' | 'weekly' | 'monthly' | 'less-than-monthly' | 'never'> | undefined
    >();
  });

  it('types the CIWA-Ar ratings 0–7 (orientation 0–4) and its vital signs as numbers, none declinable', () => {
    type Ciwa = AnswersOf<typeof ciwaAr>;
    expectTypeOf<Ciwa['ciwaar.tremor']>().toEqualTypeOf<0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | undefined>();
    expectTypeOf<Ciwa['ciwaar.orientation']>().toEqualTypeOf<0 | 1 | 2 | 3 | 4 | undefined>();
    expectTypeOf<Ciwa['ciwaar.pulse']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ScoreIdOf<typeof ciwaAr>>().toEqualTypeOf<'ciwaar'>();
    // @ts-expect-error orientation is rated 0–4
    const tooHigh: Ciwa = { 'ciwaar.orientation': 5 };
    expectTypeOf(tooHigh).toBeObject();
  });

  it('leaves display items out of the answers', () => {
    expectTypeOf<AnswersOf<typeof phq9>>().not.toHaveProperty('phq9.stem');
    expectTypeOf<AnswersOf<typeof pcPtsd5>>().not.toHaveProperty('pcptsd5.intro');
  });

  it('rejects an out-of-range value, an unknown option and a typo in an id', () => {
    // @ts-expect-error PHQ-9 items score 0–3
    const tooHigh: AnswersOf<typeof phq9> = { 'phq9.q1': 4 };
    // @ts-expect-error PHQ-9 items do not offer "prefer not to answer"
    const declined: AnswersOf<typeof phq9> = { 'phq9.q9': 'prefer-not-to-answer' };
    // @ts-expect-error the AUDIT-C sex item has only female and male
    const other: AnswersOf<typeof auditC> = { 'auditc.sex': 'other' };
    // @ts-expect-error no such item
    const typo: AnswersOf<typeof asq> = { 'asq.q6': 1 };
    expectTypeOf([tooHigh, declined, other, typo]).toBeArray();
  });
});

import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_PHRASES, GUARDED_PHRASES, GUARD_ALLOWED_NAMES, STIGMATIZING_PHRASES, findGuardedPhrases } from '../../src/language-guard/language-guard.js';

const kinds = (text: string) => findGuardedPhrases(text).map((h) => h.kind);

describe('findGuardedPhrases', () => {
  it('catches every listed example with its own pattern and through the guard', () => {
    for (const g of GUARDED_PHRASES) {
      for (const example of g.examples) {
        expect(g.pattern.test(example), `${example} / ${g.pattern.source}`).toBe(true);
        expect(kinds(`Note: ${example}.`), example).toContain(g.kind);
      }
    }
  });

  it('has English and Spanish patterns of both kinds', () => {
    for (const list of [DIAGNOSTIC_PHRASES, STIGMATIZING_PHRASES]) {
      expect(new Set(list.map((g) => g.lang))).toEqual(new Set(['en', 'es']));
    }
  });

  it.each([
    ['The person was diagnosed with PTSD in 2019.', 'diagnostic'],
    ['Client has been diagnosed with depression', 'diagnostic'],
    ['Patient has Bipolar Disorder', 'diagnostic'],
    ['She has depression.', 'diagnostic'],
    ['He has PTSD', 'diagnostic'],
    ['has an opioid use disorder', 'diagnostic'],
    ['suffers from anxiety', 'diagnostic'],
    ['is schizophrenic', 'diagnostic'],
    ['meets DSM-5 criteria for alcohol use disorder', 'diagnostic'],
    ['A mood disorder is present.', 'diagnostic'],
    ['Resultados consistentes: diagnosticado con depresión', 'diagnostic'],
    ['padece de ansiedad', 'diagnostic'],
    ['Sufre de depresión', 'diagnostic'],
    ['Junkie', 'stigmatizing'],
    ['a known drug user', 'stigmatizing'],
    ['IV drug abuse', 'stigmatizing'],
    ['substance abuser', 'stigmatizing'],
    ['alcoholic parent', 'stigmatizing'],
    ['Urine was dirty? No: dirty urine', 'stigmatizing'],
    ['has been clean for two years', 'stigmatizing'],
    ['clean time: 3 months', 'stigmatizing'],
    ['es un drogadicto', 'stigmatizing'],
    ['la orina salió limpia? no: orina limpia', 'stigmatizing'],
  ] as const)('flags %j as %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it('reports the matched words as written, both kinds for a labelling claim', () => {
    expect(findGuardedPhrases('Person Is An Addict.')).toEqual([
      { phrase: 'Is An Addict', kind: 'diagnostic' },
      { phrase: 'Addict', kind: 'stigmatizing' },
    ]);
  });

  it.each([
    'substance use',
    'A person who uses drugs',
    'People who inject drugs',
    'Medication for opioid use disorder (MOUD) was discussed.',
    'Opioid use disorder treatment options',
    'Sterile or clean needles and equipment are available; keep clean supplies.',
    'Return to use after a period of not using',
    'Screened positive for symptoms of depression; further assessment by a qualified clinician is recommended.',
    'This is a screening summary, not a diagnosis.',
    'History of physical or sexual abuse reported.',
    'Addiction medicine follow-up; relapse prevention group',
    'Alcoholics Anonymous or SMART Recovery meetings',
    'Substance Abuse and Mental Health Services Administration (SAMHSA)',
    'Skinner HA. The Drug Abuse Screening Test. Addict Behav. 1982.',
    'National Institute on Alcohol Abuse and Alcoholism',
    'Has a doctor ever told you that you have depression?',
    'The user interface shows each question.',
    'has a family history of bipolar disorder',
    'Un círculo vicioso; adicción; personas usuarias de drogas; Alcohólicos Anónimos',
    'Se recomienda una evaluación adicional por un profesional clínico calificado.',
    'Esto es un resumen de detección, no un diagnóstico.',
    // Drinks, not people: AUDIT-C's Spanish asks about "bebidas alcohólicas".
    '¿Con qué frecuencia consume alguna bebida alcohólica? Seis o más bebidas alcohólicas; un trago alcohólico',
    'How many alcoholic drinks or alcoholic beverages do you have?',
  ])('passes %j', (text) => {
    expect(findGuardedPhrases(text)).toEqual([]);
  });

  it('masks allowed names only where they appear whole', () => {
    for (const name of GUARD_ALLOWED_NAMES) expect(findGuardedPhrases(name), name).toEqual([]);
    expect(kinds('Alcoholics Anonymous helped; he is an alcoholic')).toEqual(['diagnostic', 'stigmatizing']);
  });

  it('matches whole words only, also next to accented letters', () => {
    expect(findGuardedPhrases('readdict nonaddict ñadicto')).toEqual([]);
    expect(findGuardedPhrases('xaddict addict')).toEqual([{ phrase: 'addict', kind: 'stigmatizing' }]);
    expect(findGuardedPhrases('addicts.')).toEqual([{ phrase: 'addicts', kind: 'stigmatizing' }]);
    expect(findGuardedPhrases('«adicto»')).toEqual([{ phrase: 'adicto', kind: 'stigmatizing' }]);
  });

  it('still flags a person called alcoholic next to a drink', () => {
    expect(kinds('un alcohólico con su bebida')).toEqual(['stigmatizing']);
    expect(kinds('an alcoholic drinking')).toEqual(['stigmatizing']);
  });

  it('reads across line breaks', () => {
    expect(kinds('The person\nsuffers\n  from pain')).toEqual(['diagnostic']);
  });

  it('exports patterns without global state', () => {
    for (const g of GUARDED_PHRASES) expect(g.pattern.global).toBe(false);
    expect(findGuardedPhrases('addict addict')).toHaveLength(2);
    expect(findGuardedPhrases('addict addict')).toHaveLength(2);
  });
});

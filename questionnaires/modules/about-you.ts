import { NOT_VALIDATED } from '../../src/index.js';
import { NOT_MALE, SEX_ITEM } from '../instruments/sex-item.js';

/** "Yes" or "I might be": either calls for coordinated prenatal care. */
export const PREGNANT = { item: 'about.pregnant', in: ['yes', 'maybe'] } as const;

/** Age in years, for the adolescent consideration. */
export const ageItem = {
  id: 'about.age',
  kind: 'number',
  text: { en: 'How old are you?', es: '¿Cuántos años tiene?' },
  min: 0,
  max: 120,
  integer: true,
  unit: { en: 'years', es: 'años' },
  preferNotToAnswer: true,
} as const;

/** Pregnancy now or possibly: asked of anyone not assigned male at birth. */
export const pregnantItem = {
  id: 'about.pregnant',
  kind: 'single',
  text: { en: 'Are you pregnant, or could you be pregnant?', es: '¿Está embarazada, o podría estarlo?' },
  help: {
    en: 'We ask because care changes during pregnancy, and some medicines are safer than others.',
    es: 'Lo preguntamos porque la atención cambia durante el embarazo, y algunos medicamentos son más seguros que otros.',
  },
  options: [
    { value: 'yes', text: { en: 'Yes', es: 'Sí' } },
    { value: 'maybe', text: { en: 'I might be', es: 'Podría estarlo' } },
    { value: 'no', text: { en: 'No', es: 'No' } },
  ],
  when: NOT_MALE,
  preferNotToAnswer: true,
} as const;

/**
 * "About you": age, sex assigned at birth (which chooses the TAPS alcohol
 * questions and the AUDIT-C cut-off, so it comes before either) and
 * pregnancy. Both bundled intakes open with it, after "About this intake".
 *
 * @example
 * ```ts
 * import { aboutYouSection } from 'intake-screening/questionnaires';
 * aboutYouSection.items.map((i) => i.id); // ['about.age', 'auditc.sex', 'about.pregnant']
 * ```
 */
export const aboutYouSection = {
  id: 'about-you',
  title: { en: 'About you', es: 'Sobre usted' },
  description: {
    en: 'These answers help us ask the right questions and plan care that is safe for you.',
    es: 'Estas respuestas nos ayudan a hacer las preguntas adecuadas y a planificar una atención segura para usted.',
  },
  instrument: { kind: 'descriptive', name: 'About you', note: NOT_VALIDATED },
  items: [ageItem, SEX_ITEM, pregnantItem],
} as const;

/**
 * A rule for an age under 18, naming the questionnaire's instruments that
 * were validated in adults. AAP clinical report (Levy SJL, Williams JF,
 * Committee on Substance Use and Prevention. Substance use screening, brief
 * intervention, and referral to treatment. Pediatrics. 2016;138(1):e20161211):
 * adolescents are screened with tools made for them (S2BI, BSTAD, CRAFFT) and
 * referred to adolescent services. TAPS was validated in adults 18 and older
 * (McNeely et al. 2016); the ASQ from age 10 (Horowitz et al. 2012).
 *
 * @param adultOnly - The adult-validated instruments, as a sentence part in each language.
 * @returns The rule.
 */
export function under18Rule(adultOnly: { readonly en: string; readonly es: string }) {
  return {
    id: 'about.under-18',
    when: { item: 'about.age', lt: 18 },
    domain: 'screening-scope',
    finding: {
      en: `Reports an age under 18. These screening tools were validated with adults: ${adultOnly.en}. The ASQ is validated from age 10.`,
      es: `Informa una edad menor de 18 años. Estas herramientas de detección se validaron con personas adultas: ${adultOnly.es}. El ASQ está validado desde los 10 años.`,
    },
    planning: {
      en: 'Read these results with care; screen again with tools made for adolescents (such as the S2BI or CRAFFT, and the PHQ-A), and refer to adolescent services, involving a parent or guardian as the law and the young person’s safety allow.',
      es: 'Interprete estos resultados con cuidado; vuelva a evaluar con herramientas hechas para adolescentes (como el S2BI o el CRAFFT, y el PHQ-A) y derive a servicios para adolescentes, con la participación de un padre, madre o tutor según lo permitan la ley y la seguridad de la persona joven.',
    },
    referrals: ['adolescent-services'],
  } as const;
}

/**
 * Pregnancy: coordinated prenatal and substance-use care, seen soon. ACOG
 * Committee Opinion 711, Opioid use and opioid use disorder in pregnancy
 * (2017); SAMHSA, Clinical Guidance for Treating Pregnant and Parenting Women
 * With Opioid Use Disorder and Their Infants (2018).
 */
export const pregnancyRule = {
  id: 'pregnancy.reported',
  when: PREGNANT,
  domain: 'withdrawal-medical',
  asam: ['biomedical'],
  finding: { en: 'Reports being pregnant or possibly pregnant.', es: 'Informa que está embarazada o que podría estarlo.' },
  planning: {
    en: 'See the person soon and coordinate prenatal care with substance-use care. For opioid use, methadone or buprenorphine is recommended over withdrawal; no amount of alcohol is known to be safe in pregnancy.',
    es: 'Atienda pronto a la persona y coordine la atención prenatal con la atención del consumo de sustancias. Para el consumo de opioides se recomienda la metadona o la buprenorfina en lugar de suspenderlos; no se conoce ninguna cantidad de alcohol que sea segura durante el embarazo.',
  },
  urgency: 'priority',
  referrals: ['prenatal-care-coordination'],
} as const;

/**
 * Opioid withdrawal in pregnancy: same-day care. ACOG Committee Opinion 711
 * (2017): withdrawal during pregnancy carries a high risk of return to use,
 * and opioid agonist treatment is recommended over it; SAMHSA 2018 clinical
 * guidance for pregnant women with opioid use disorder.
 *
 * @param id - The rule id.
 * @param withdrawal - The questionnaire's condition for current opioid withdrawal.
 * @returns The rule.
 */
export function pregnancyOpioidWithdrawalRule<const Id extends string, const C>(id: Id, withdrawal: C) {
  return {
    id,
    when: { all: [PREGNANT, withdrawal] },
    domain: 'withdrawal-medical',
    finding: {
      en: 'Reports being pregnant or possibly pregnant, and symptoms now that can come with opioid withdrawal.',
      es: 'Informa que está embarazada o que podría estarlo, y malestares que pueden acompañar al síndrome de abstinencia de opioides.',
    },
    planning: {
      en: 'Arrange a medical evaluation today with prenatal care involved: methadone or buprenorphine is recommended over going through withdrawal during pregnancy.',
      es: 'Organice hoy una evaluación médica con participación de la atención prenatal: durante el embarazo se recomienda la metadona o la buprenorfina en lugar de pasar por el síndrome de abstinencia.',
    },
    urgency: 'urgent',
    referrals: ['prenatal-care-coordination', 'moud-evaluation'],
  } as const;
}

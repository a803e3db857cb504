import { NOT_VALIDATED } from '../../src/index.js';
import type { QuestionnaireModule } from '../module.js';

const TOLD = 'cooccurring.told';
const CONCERNS = 'cooccurring.concerns';

const CONTEXT_OPTIONS = [
  { value: 'only-using', text: { en: 'Only while using or withdrawing', es: 'Solo mientras consumo o mientras tengo síndrome de abstinencia' } },
  { value: 'other-times', text: { en: 'At other times too', es: 'También en otros momentos' } },
  { value: 'unsure', text: { en: 'Not sure', es: 'No estoy seguro(a)' } },
] as const;
/** Each context question names what it asks about: two or more of them can stand side by side. */
const contextText = (en: string, es: string) => ({
  en: `${en} only while you are using or withdrawing?`,
  es: `${es} solo mientras consume o mientras tiene síndrome de abstinencia?`,
});

/**
 * "Has a health professional ever told you…": the person's report of what a
 * professional told them. Findings from it never state a diagnosis of ours.
 */
export const reportedHistoryItem = {
  id: TOLD,
  kind: 'multi',
  text: {
    en: 'Has a doctor, nurse or other health professional ever told you that you have any of these? Choose all that apply.',
    es: '¿Algún médico(a), enfermero(a) u otro profesional de la salud le ha dicho alguna vez que tiene alguno de estos problemas de salud? Elija todas las opciones que correspondan.',
  },
  options: [
    { value: 'bipolar', text: { en: 'Bipolar disorder', es: 'Trastorno bipolar' } },
    { value: 'psychosis', text: { en: 'Schizophrenia or psychosis', es: 'Esquizofrenia o psicosis' } },
    { value: 'anxiety', text: { en: 'An anxiety problem', es: 'Un problema de ansiedad' } },
    { value: 'depression', text: { en: 'Depression', es: 'Depresión' } },
    { value: 'ptsd', text: { en: 'PTSD (post-traumatic stress)', es: 'TEPT (estrés postraumático)' } },
    { value: 'eating', text: { en: 'An eating disorder', es: 'Un trastorno de la alimentación' } },
    { value: 'none', text: { en: 'None of these', es: 'Ninguno de estos' }, exclusive: true },
  ],
  preferNotToAnswer: true,
} as const;

/** Current concerns the person reports, each later asked whether it happens only while using or withdrawing. */
export const currentConcernsItem = {
  id: CONCERNS,
  kind: 'multi',
  text: {
    en: 'Have any of these been a concern for you lately? Choose all that apply.',
    es: '¿Alguna de estas cosas le ha preocupado últimamente? Elija todas las opciones que correspondan.',
  },
  options: [
    {
      value: 'mood-swings',
      text: {
        en: 'Times of feeling very up, wired or full of energy while needing little sleep',
        es: 'Periodos en los que se siente muy eufórico(a), acelerado(a) o lleno(a) de energía, y necesita dormir poco',
      },
    },
    { value: 'voices', text: { en: 'Hearing or seeing things that other people do not', es: 'Oír o ver cosas que otras personas no oyen ni ven' } },
    { value: 'eating', text: { en: 'Worries about eating, food or weight', es: 'Preocupaciones sobre comer, la comida o el peso' } },
    { value: 'self-harm-now', text: { en: 'Hurting yourself on purpose, now or in the past month', es: 'Hacerse daño a propósito, ahora o en el último mes' } },
    { value: 'self-harm-past', text: { en: 'Hurting yourself on purpose, more than a month ago', es: 'Hacerse daño a propósito, hace más de un mes' } },
    { value: 'none', text: { en: 'None of these', es: 'Ninguna de estas' }, exclusive: true },
  ],
  preferNotToAnswer: true,
} as const;

const MH = ['mental-health-assessment'] as const;
const COORDINATE = {
  en: 'With the person’s permission, ask for past records and coordinate with any clinician who treats them.',
  es: 'Con el permiso de la persona, solicite sus expedientes médicos anteriores y coordine con cualquier profesional clínico que la atienda.',
} as const;

/** Rules that read only the reported-history and current-concerns items, so the brief screen can reuse them. */
export const coOccurringReportRules = [
  {
    id: 'history.bipolar',
    when: { item: TOLD, includes: 'bipolar' },
    domain: 'co-occurring-history',
    finding: {
      en: 'Reports that a health professional has told them they have bipolar disorder.',
      es: 'Informa que un profesional de la salud le habló de trastorno bipolar.',
    },
    planning: COORDINATE,
    referrals: MH,
  },
  {
    id: 'history.psychosis',
    when: { item: TOLD, includes: 'psychosis' },
    domain: 'co-occurring-history',
    finding: {
      en: 'Reports that a health professional has told them they have schizophrenia or psychosis.',
      es: 'Informa que un profesional de la salud le habló de esquizofrenia o psicosis.',
    },
    planning: COORDINATE,
    referrals: MH,
  },
  {
    id: 'history.anxiety',
    when: { item: TOLD, includes: 'anxiety' },
    domain: 'co-occurring-history',
    finding: {
      en: 'Reports that a health professional has told them they have an anxiety problem.',
      es: 'Informa que un profesional de la salud le habló de un problema de ansiedad.',
    },
    planning: COORDINATE,
    referrals: MH,
  },
  {
    id: 'history.depression',
    when: { item: TOLD, includes: 'depression' },
    domain: 'co-occurring-history',
    finding: {
      en: 'Reports that a health professional has told them they have depression.',
      es: 'Informa que un profesional de la salud le habló de depresión.',
    },
    planning: COORDINATE,
    referrals: MH,
  },
  {
    id: 'history.ptsd',
    when: { item: TOLD, includes: 'ptsd' },
    domain: 'co-occurring-history',
    finding: {
      en: 'Reports that a health professional has told them they have PTSD (post-traumatic stress).',
      es: 'Informa que un profesional de la salud le habló de TEPT (estrés postraumático).',
    },
    planning: {
      en: 'Offer trauma-informed care, and coordinate with any clinician who treats the person.',
      es: 'Ofrezca atención informada sobre el trauma y coordine con cualquier profesional clínico que atienda a la persona.',
    },
    referrals: ['mental-health-assessment', 'trauma-informed-care'],
  },
  {
    id: 'history.eating',
    when: { item: TOLD, includes: 'eating' },
    domain: 'co-occurring-history',
    finding: {
      en: 'Reports that a health professional has told them they have an eating disorder.',
      es: 'Informa que un profesional de la salud le habló de un trastorno de la alimentación.',
    },
    planning: {
      en: 'Eating concerns can affect withdrawal care and nutrition; an eating-concerns assessment is suggested.',
      es: 'Las inquietudes sobre la alimentación pueden afectar el manejo del síndrome de abstinencia y la nutrición; se sugiere una evaluación de inquietudes sobre la alimentación.',
    },
    referrals: ['eating-concerns-assessment', 'mental-health-assessment'],
  },
  {
    id: 'concern.mood-swings',
    when: { item: CONCERNS, includes: 'mood-swings' },
    domain: 'co-occurring-concerns',
    finding: {
      en: 'Reports recent times of feeling very up or wired while needing little sleep.',
      es: 'Informa periodos recientes en los que se siente muy eufórico(a) o acelerado(a) y necesita dormir poco.',
    },
    planning: {
      en: 'A mental-health assessment is suggested before starting medicines that can affect mood.',
      es: 'Se sugiere una evaluación de salud mental antes de empezar medicamentos que pueden afectar el estado de ánimo.',
    },
    referrals: MH,
  },
  {
    id: 'concern.voices',
    when: { item: CONCERNS, includes: 'voices' },
    domain: 'co-occurring-concerns',
    finding: {
      en: 'Reports recently hearing or seeing things that other people do not.',
      es: 'Informa que últimamente oye o ve cosas que otras personas no oyen ni ven.',
    },
    planning: {
      en: 'A mental-health assessment is suggested; these experiences can come with some substances or withdrawal, and can also need their own care.',
      es: 'Se sugiere una evaluación de salud mental; estas experiencias pueden darse con algunas sustancias o con el síndrome de abstinencia, y también pueden necesitar su propia atención.',
    },
    referrals: MH,
  },
  {
    id: 'concern.eating',
    when: { item: CONCERNS, includes: 'eating' },
    domain: 'co-occurring-concerns',
    finding: { en: 'Reports recent worries about eating, food or weight.', es: 'Informa preocupaciones recientes sobre comer, la comida o el peso.' },
    planning: {
      en: 'An eating-concerns assessment is suggested; some treatment settings can support this.',
      es: 'Se sugiere una evaluación de inquietudes sobre la alimentación; algunos entornos de tratamiento pueden ofrecer este apoyo.',
    },
    referrals: ['eating-concerns-assessment'],
  },
  {
    id: 'concern.self-harm-now',
    when: { item: CONCERNS, includes: 'self-harm-now' },
    domain: 'safety',
    asam: ['psychiatric-cognitive'],
    finding: {
      en: 'Reports hurting themselves on purpose now or in the past month.',
      es: 'Informa que se hace daño a propósito ahora o que se hizo daño en el último mes.',
    },
    planning: {
      en: 'A clinician should talk with the person about safety soon, today if possible.',
      es: 'Un profesional clínico debe hablar pronto con la persona sobre su seguridad, hoy si es posible.',
    },
    // The urgency is the cooccurring.self-harm-now trigger's: one reason per cause.
    referrals: MH,
  },
  {
    id: 'concern.self-harm-past',
    when: { item: CONCERNS, includes: 'self-harm-past' },
    domain: 'co-occurring-concerns',
    finding: { en: 'Reports hurting themselves on purpose more than a month ago.', es: 'Informa que se hizo daño a propósito hace más de un mes.' },
    planning: {
      en: 'Ask about safety and what helped then; a mental-health assessment is suggested.',
      es: 'Pregunte sobre su seguridad y sobre lo que le ayudó en ese momento; se sugiere una evaluación de salud mental.',
    },
    referrals: MH,
  },
] as const;

/** Residential indicator: serious mental-health concerns reported (history or current experiences). */
export const seriousMentalHealthRule = {
  id: 'setting.serious-mental-health-concerns',
  when: {
    any: [
      { item: TOLD, includes: 'bipolar' },
      { item: TOLD, includes: 'psychosis' },
      { item: CONCERNS, includes: 'voices' },
      { item: CONCERNS, includes: 'mood-swings' },
    ],
  },
  domain: 'co-occurring-history',
  finding: {
    en: 'Reports that a health professional has told them they have bipolar disorder, schizophrenia or psychosis, or reports recent experiences such as hearing or seeing things others do not, or feeling very up with little sleep.',
    es: 'Informa que un profesional de la salud le habló de trastorno bipolar, esquizofrenia o psicosis, o informa experiencias recientes como oír o ver cosas que otras personas no oyen ni ven, o sentirse muy eufórico(a) y dormir poco.',
  },
  planning: {
    en: 'A treatment setting with mental-health care on site may be worth considering; the clinician decides.',
    es: 'Podría valer la pena considerar un entorno de tratamiento con atención de salud mental en el mismo lugar; la decisión es del profesional clínico.',
  },
  setting: 'serious-mental-health-concerns',
} as const;

/** Safety trigger: self-harm now or in the past month. Shows crisis resources before the person moves on. */
export const selfHarmNowTrigger = {
  id: 'cooccurring.self-harm-now',
  tier: 'flag',
  when: { item: CONCERNS, includes: 'self-harm-now' },
  urgency: 'urgent',
  reason: {
    en: 'Reports hurting themselves on purpose now or in the past month.',
    es: 'Informa que se hace daño a propósito ahora o que se hizo daño en el último mes.',
  },
} as const;

/**
 * Co-occurring conditions: what a health professional has told the person
 * (reported history) and current concerns, each followed by whether it happens
 * only while using or withdrawing.
 *
 * @example
 * ```ts
 * import { coOccurringModule } from 'intake-screening/questionnaires';
 * coOccurringModule.sections[0].items[0].id; // 'cooccurring.told'
 * ```
 */
export const coOccurringModule = {
  sections: [
    {
      id: 'co-occurring',
      title: { en: 'Other health concerns', es: 'Otras inquietudes de salud' },
      description: {
        en: 'Many people who use substances also have other health concerns. Knowing about them helps us plan care.',
        es: 'Muchas personas que consumen sustancias también tienen otras inquietudes de salud. Conocerlas nos ayuda a planificar su atención.',
      },
      instrument: { kind: 'descriptive', name: 'Co-occurring conditions', note: NOT_VALIDATED },
      items: [
        reportedHistoryItem,
        currentConcernsItem,
        {
          id: 'cooccurring.mood-swings-context',
          kind: 'single',
          text: contextText('Do the mood swings happen', '¿Los cambios de ánimo le pasan'),
          help: { en: 'About feeling very up with little sleep.', es: 'Sobre sentirse muy eufórico(a) y dormir poco.' },
          options: CONTEXT_OPTIONS,
          when: { item: CONCERNS, includes: 'mood-swings' },
          preferNotToAnswer: true,
        },
        {
          id: 'cooccurring.voices-context',
          kind: 'single',
          text: contextText('Does hearing or seeing things happen', '¿Oír o ver cosas le pasa'),
          help: { en: 'About hearing or seeing things others do not.', es: 'Sobre oír o ver cosas que otras personas no oyen ni ven.' },
          options: CONTEXT_OPTIONS,
          when: { item: CONCERNS, includes: 'voices' },
          preferNotToAnswer: true,
        },
        {
          id: 'cooccurring.eating-context',
          kind: 'single',
          text: contextText('Do the worries about eating or weight happen', '¿Las preocupaciones por comer o por el peso le pasan'),
          help: { en: 'About worries about eating or weight.', es: 'Sobre las preocupaciones por comer o por el peso.' },
          options: CONTEXT_OPTIONS,
          when: { item: CONCERNS, includes: 'eating' },
          preferNotToAnswer: true,
        },
        {
          id: 'cooccurring.self-harm-context',
          kind: 'single',
          text: contextText('Does hurting yourself happen', '¿Hacerse daño le pasa'),
          help: { en: 'About hurting yourself on purpose.', es: 'Sobre hacerse daño a propósito.' },
          options: CONTEXT_OPTIONS,
          when: {
            any: [
              { item: CONCERNS, includes: 'self-harm-now' },
              { item: CONCERNS, includes: 'self-harm-past' },
            ],
          },
          preferNotToAnswer: true,
        },
      ],
    },
  ],
  rules: [
    ...coOccurringReportRules,
    seriousMentalHealthRule,
    {
      id: 'concern.only-while-using',
      when: {
        any: [
          { item: 'cooccurring.mood-swings-context', eq: 'only-using' },
          { item: 'cooccurring.voices-context', eq: 'only-using' },
          { item: 'cooccurring.eating-context', eq: 'only-using' },
          { item: 'cooccurring.self-harm-context', eq: 'only-using' },
        ],
      },
      domain: 'co-occurring-concerns',
      finding: {
        en: 'Reports that some of these concerns happen only while using or withdrawing.',
        es: 'Informa que algunas de estas inquietudes ocurren solo mientras consume o mientras tiene síndrome de abstinencia.',
      },
      planning: {
        en: 'Check again once use and withdrawal are stable; these concerns can still need care in the meantime.',
        es: 'Vuelva a evaluar cuando el consumo y el síndrome de abstinencia estén estables; mientras tanto, estas inquietudes pueden necesitar atención.',
      },
    },
  ],
  safety: [selfHarmNowTrigger],
} as const satisfies QuestionnaireModule;

import { NOT_VALIDATED } from '../../src/index.js';
import type { QuestionnaireModule } from '../module.js';
import { INJECTS, USES_OPIOIDS } from './conditions.js';

/**
 * Physical health red flags: skin wounds or abscesses, fever, and xylazine
 * ("tranq") in the drug supply. Our own words, not a validated instrument.
 *
 * Sources: ASAM National Practice Guideline for the Treatment of Opioid Use
 * Disorder, 2020 Focused Update (assessment: the first clinical priority is
 * to identify and refer any urgent or emergent medical problem); UCSF
 * Hospital Handbook, "Fever in a person who injects drugs" (abscess,
 * endocarditis and other serious infections cannot be ruled out without a
 * medical evaluation); CDC, "What You Should Know About Xylazine" (2023) and
 * NIDA, "Xylazine" (2023): xylazine is mixed mostly into fentanyl, is not an
 * opioid (naloxone is still given, with rescue breathing and a 911 call), and
 * causes wounds that can turn severe, also away from injection sites.
 */

const PROBLEMS = 'health.problems';

/** A sore, wound or abscess, by the person's account. */
const HAS_WOUND = { item: PROBLEMS, includes: 'wound' } as const;
const HAS_FEVER = { item: PROBLEMS, includes: 'fever' } as const;
/** Fever with injecting or a wound: a serious infection must be ruled out the same day. */
const FEVER_WITH_INFECTION_RISK = { all: [HAS_FEVER, { any: [INJECTS, HAS_WOUND] }] } as const;

/** Xylazine is asked where it is found: opioids and stimulants, or when the person did not say what they use. */
const XYLAZINE_ASKED = {
  any: [...USES_OPIOIDS.any, { item: 'substance.used', includes: 'stimulants' }, { not: { answered: 'substance.used' } }],
} as const;

/**
 * Physical health: wounds, fever and xylazine, asked straight after overdose
 * so that what is medically urgent is known early.
 *
 * @example
 * ```ts
 * import { physicalHealthModule } from 'intake-screening/questionnaires';
 * physicalHealthModule.sections[0].id; // 'health'
 * ```
 */
export const physicalHealthModule = {
  sections: [
    {
      id: 'health',
      title: { en: 'Your physical health', es: 'Su salud física' },
      instrument: { kind: 'descriptive', name: 'Physical health', note: NOT_VALIDATED },
      items: [
        {
          id: PROBLEMS,
          kind: 'multi',
          text: {
            en: 'Do you have any of these right now? Choose all that apply.',
            es: '¿Tiene alguno de estos problemas en este momento? Elija todas las opciones que correspondan.',
          },
          options: [
            {
              value: 'wound',
              text: {
                en: 'A sore, a wound, or a red, swollen or painful lump on your skin (for example, where you inject)',
                es: 'Una llaga, una herida, o un bulto en la piel que está rojo, hinchado o le duele (por ejemplo, donde se inyecta)',
              },
            },
            { value: 'fever', text: { en: 'A fever or chills', es: 'Fiebre o escalofríos' } },
            { value: 'none', text: { en: 'None of these', es: 'Ninguno de estos' }, exclusive: true },
          ],
          preferNotToAnswer: true,
        },
        {
          id: 'health.wound-worse',
          kind: 'boolean',
          text: {
            en: 'Is the sore or wound getting bigger, turning dark or black, or leaking pus?',
            es: '¿La llaga o la herida se está haciendo más grande, se está poniendo oscura o negra, o le sale pus?',
          },
          when: HAS_WOUND,
          preferNotToAnswer: true,
        },
        {
          id: 'health.xylazine',
          kind: 'single',
          text: {
            en: 'Do you think the drugs you use have had xylazine ("tranq") in them?',
            es: '¿Cree que las drogas que consume han tenido xilacina ("tranq")?',
          },
          help: {
            en: 'Xylazine is an animal sedative that is often mixed into fentanyl and other street drugs.',
            es: 'La xilacina es un sedante para animales que a menudo se mezcla con el fentanilo y otras drogas de la calle.',
          },
          options: [
            { value: 'yes', text: { en: 'Yes', es: 'Sí' } },
            { value: 'not-sure', text: { en: 'I am not sure', es: 'No estoy seguro(a)' } },
            { value: 'no', text: { en: 'No', es: 'No' } },
          ],
          when: XYLAZINE_ASKED,
          preferNotToAnswer: true,
        },
      ],
    },
  ],
  rules: [
    {
      // ASAM NPG 2020 (urgent medical problems first); UCSF Hospital Handbook (skin infections in people who inject).
      id: 'health.wound',
      when: { all: [HAS_WOUND, { not: { item: 'health.wound-worse', eq: true } }, { not: FEVER_WITH_INFECTION_RISK }] },
      domain: 'withdrawal-medical',
      asam: ['biomedical'],
      finding: {
        en: 'Reports a sore, wound, or red, swollen or painful lump on the skin now.',
        es: 'Informa que tiene ahora una llaga, una herida, o un bulto en la piel rojo, hinchado o doloroso.',
      },
      planning: {
        en: 'Look at the skin at the first visit and offer wound care and supplies; an abscess may need draining or antibiotics.',
        es: 'Revise la piel en la primera visita y ofrezca cuidado de heridas y materiales; un absceso puede requerir drenaje o antibióticos.',
      },
      urgency: 'priority',
      referrals: ['medical-care', 'harm-reduction-naloxone'],
      evidence: ['health.wound-worse'],
    },
    {
      // CDC and NIDA, Xylazine (2023): xylazine wounds can spread and turn necrotic; ASAM NPG 2020: urgent medical
      // problems are referred first.
      id: 'health.wound-worse',
      when: { item: 'health.wound-worse', eq: true },
      domain: 'withdrawal-medical',
      asam: ['biomedical'],
      finding: {
        en: 'Reports a sore or wound that is getting bigger, turning dark or black, or leaking pus.',
        es: 'Informa que tiene una llaga o una herida que se está haciendo más grande, se está poniendo oscura o negra, o le sale pus.',
      },
      planning: {
        en: 'Arrange a medical look at the wound today: a spreading, dark or draining wound can be a serious infection or a xylazine wound.',
        es: 'Organice hoy una revisión médica de la herida: una herida que se extiende, se oscurece o supura puede ser una infección grave o una herida por xilacina.',
      },
      urgency: 'urgent',
      referrals: ['medical-care'],
      evidence: ['health.xylazine'],
    },
    {
      // UCSF Hospital Handbook, "Fever in a person who injects drugs": endocarditis, bacteremia and deep infections
      // cannot be excluded without evaluation; ASAM NPG 2020.
      id: 'health.fever-infection-risk',
      when: FEVER_WITH_INFECTION_RISK,
      domain: 'withdrawal-medical',
      asam: ['biomedical'],
      finding: {
        en: 'Reports a fever or chills now, and injects drugs or has a sore or wound.',
        es: 'Informa que tiene ahora fiebre o escalofríos, y se inyecta drogas o tiene una llaga o una herida.',
      },
      planning: {
        en: 'Arrange a medical evaluation today: fever in a person who injects or has a wound can be a serious infection, such as a heart valve or blood infection.',
        es: 'Organice hoy una evaluación médica: la fiebre en una persona que se inyecta o que tiene una herida puede ser una infección grave, como una infección de las válvulas del corazón o de la sangre.',
      },
      urgency: 'urgent',
      referrals: ['medical-care'],
    },
    {
      // ASAM NPG 2020: refer medical problems found at assessment.
      id: 'health.fever',
      when: { all: [HAS_FEVER, { not: FEVER_WITH_INFECTION_RISK }] },
      domain: 'withdrawal-medical',
      asam: ['biomedical'],
      finding: { en: 'Reports a fever or chills now.', es: 'Informa que tiene ahora fiebre o escalofríos.' },
      planning: {
        en: 'Check the cause at the first visit: a fever can come from an infection as well as from withdrawal.',
        es: 'Revise la causa en la primera visita: la fiebre puede deberse a una infección, no solo al síndrome de abstinencia.',
      },
      urgency: 'priority',
      referrals: ['medical-care'],
    },
    {
      // CDC, What You Should Know About Xylazine (2023); NIDA, Xylazine (2023).
      id: 'health.xylazine',
      when: {
        any: [
          { item: 'health.xylazine', eq: 'yes' },
          { item: 'health.xylazine', eq: 'not-sure' },
        ],
      },
      domain: 'safety',
      asam: ['biomedical', 'use-related-risks'],
      finding: {
        en: 'Reports that the drugs they use have had, or may have had, xylazine ("tranq") in them.',
        es: 'Informa que las drogas que consume han tenido, o podrían haber tenido, xilacina ("tranq").',
      },
      planning: {
        en: 'Offer naloxone and explain that it still works on the opioids in the mix: give it, give rescue breaths and call 911, since a person may stay sleepy from xylazine. Check the skin for wounds, also away from where the person injects.',
        es: 'Ofrezca naloxona y explique que sigue funcionando contra los opioides de la mezcla: hay que darla, dar respiraciones de rescate y llamar al 911, porque la persona puede seguir con mucho sueño por la xilacina. Revise la piel en busca de heridas, también lejos de donde la persona se inyecta.',
      },
      urgency: 'priority',
      referrals: ['harm-reduction-naloxone', 'medical-care'],
    },
  ],
} as const satisfies QuestionnaireModule;

import { NOT_VALIDATED } from '../../src/index.js';
import type { QuestionnaireModule } from '../module.js';

const SUPPORT = 'preferences.support';
const BARRIERS = 'preferences.barriers';

/**
 * Treatment preferences: kinds of support the person is open to, medication
 * for opioid use disorder, faith-based programs, and what would make it hard
 * to attend.
 *
 * @example
 * ```ts
 * import { preferencesModule } from 'intake-screening/questionnaires';
 * preferencesModule.sections[0].id; // 'preferences'
 * ```
 */
export const preferencesModule = {
  sections: [
    {
      id: 'preferences',
      title: { en: 'What kind of help you want', es: 'Qué tipo de ayuda quiere' },
      description: {
        en: 'There are many ways to get help. Tell us what sounds right for you; you can change your mind later.',
        es: 'Hay muchas maneras de recibir ayuda. Díganos qué le parece bien para usted; puede cambiar de opinión más adelante.',
      },
      instrument: { kind: 'descriptive', name: 'Treatment preferences', note: NOT_VALIDATED },
      items: [
        {
          id: SUPPORT,
          kind: 'multi',
          text: {
            en: 'Which of these would you be open to? Choose all that apply.',
            es: '¿Cuáles de estas opciones estaría dispuesto(a) a considerar? Elija todas las opciones que correspondan.',
          },
          options: [
            {
              value: 'individual',
              text: { en: 'Talking one-on-one with a counselor or therapist', es: 'Hablar a solas con un(a) consejero(a) o terapeuta' },
            },
            { value: 'group', text: { en: 'Group therapy led by a counselor', es: 'Terapia de grupo dirigida por un(a) consejero(a)' } },
            { value: 'family', text: { en: 'Sessions with family or a partner', es: 'Sesiones con su familia o su pareja' } },
            {
              value: 'peer-support',
              text: {
                en: 'Peer-support groups (people with lived experience, such as SMART Recovery or 12-step groups)',
                es: 'Grupos de apoyo de pares (personas que han vivido algo parecido, como SMART Recovery o los grupos de 12 pasos)',
              },
            },
            { value: 'unsure', text: { en: 'I am not sure yet', es: 'Todavía no estoy seguro(a)' }, exclusive: true },
          ],
          preferNotToAnswer: true,
        },
        {
          id: 'preferences.moud',
          kind: 'single',
          text: {
            en: 'Medicines such as methadone, buprenorphine or naltrexone can help with opioid use. Would you like to talk about them?',
            es: 'Algunos medicamentos, como la metadona, la buprenorfina o la naltrexona, pueden ayudar con el consumo de opioides. ¿Le gustaría hablar sobre ellos?',
          },
          options: [
            { value: 'yes', text: { en: 'Yes', es: 'Sí' } },
            { value: 'maybe', text: { en: 'Maybe, I would like to learn more', es: 'Tal vez, me gustaría saber más' } },
            { value: 'already', text: { en: 'I already take one of these', es: 'Ya tomo uno de estos medicamentos' } },
            { value: 'no', text: { en: 'No', es: 'No' } },
            {
              value: 'not-relevant',
              text: { en: 'This does not apply to me (I do not use opioids)', es: 'Esto no se aplica a mí (no consumo opioides)' },
            },
          ],
          preferNotToAnswer: true,
        },
        {
          id: 'preferences.faith',
          kind: 'single',
          text: {
            en: 'Some programs are run by faith groups. Would that be OK for you?',
            es: 'Algunos programas los dirigen grupos religiosos. ¿Le parecería bien?',
          },
          options: [
            { value: 'prefer', text: { en: 'Yes, I would like that', es: 'Sí, me gustaría' } },
            { value: 'ok', text: { en: 'It would be OK', es: 'Me parecería bien' } },
            { value: 'no', text: { en: 'I would rather not', es: 'Preferiría que no' } },
          ],
          preferNotToAnswer: true,
        },
        {
          id: BARRIERS,
          kind: 'multi',
          text: {
            en: 'Is there anything that would make it hard to come to treatment? Choose all that apply.',
            es: '¿Hay algo que le haría difícil venir al tratamiento? Elija todas las opciones que correspondan.',
          },
          options: [
            { value: 'work', text: { en: 'Work or school hours', es: 'El horario del trabajo o de la escuela' } },
            { value: 'childcare', text: { en: 'Child care or caring for someone', es: 'Cuidar a niños o a otra persona' } },
            { value: 'transport', text: { en: 'Getting there', es: 'Cómo llegar' } },
            { value: 'cost', text: { en: 'Cost or insurance', es: 'El costo o el seguro médico' } },
            { value: 'privacy', text: { en: 'Worry about who might find out', es: 'Preocupación por quién podría enterarse' } },
            { value: 'language', text: { en: 'Language', es: 'El idioma' } },
            { value: 'health', text: { en: 'A health problem or disability', es: 'Un problema de salud o una discapacidad' } },
            { value: 'other', text: { en: 'Something else', es: 'Otra cosa' } },
            { value: 'none', text: { en: 'Nothing that I know of', es: 'Nada, que yo sepa' }, exclusive: true },
          ],
          preferNotToAnswer: true,
        },
        {
          id: 'preferences.barriers-other',
          kind: 'text',
          text: { en: 'What else would make it hard?', es: '¿Qué otra cosa le haría difícil venir?' },
          maxLength: 300,
          when: { item: BARRIERS, includes: 'other' },
          preferNotToAnswer: true,
        },
      ],
    },
  ],
  rules: [
    {
      id: 'preferences.individual',
      when: { item: SUPPORT, includes: 'individual' },
      domain: 'readiness-preferences',
      finding: {
        en: 'Reports being open to talking one-on-one with a counselor or therapist.',
        es: 'Informa que estaría dispuesto(a) a hablar a solas con un(a) consejero(a) o terapeuta.',
      },
      referrals: ['individual-therapy'],
    },
    {
      id: 'preferences.group',
      when: { item: SUPPORT, includes: 'group' },
      domain: 'readiness-preferences',
      finding: { en: 'Reports being open to group therapy.', es: 'Informa que estaría dispuesto(a) a recibir terapia de grupo.' },
      referrals: ['group-therapy'],
    },
    {
      id: 'preferences.family',
      when: { item: SUPPORT, includes: 'family' },
      domain: 'readiness-preferences',
      finding: {
        en: 'Reports being open to sessions with family or a partner.',
        es: 'Informa que estaría dispuesto(a) a tener sesiones con su familia o su pareja.',
      },
      referrals: ['family-therapy'],
    },
    {
      id: 'preferences.peer-support',
      when: { item: SUPPORT, includes: 'peer-support' },
      domain: 'readiness-preferences',
      finding: { en: 'Reports being open to peer-support groups.', es: 'Informa que estaría dispuesto(a) a participar en grupos de apoyo de pares.' },
      referrals: ['peer-support'],
    },
    {
      id: 'preferences.moud-interest',
      when: { item: 'preferences.moud', in: ['yes', 'maybe'] },
      domain: 'readiness-preferences',
      finding: {
        en: 'Reports wanting to talk about medication for opioid use disorder.',
        es: 'Informa que quiere hablar sobre medicamentos para el trastorno por consumo de opioides.',
      },
      planning: {
        en: 'Offer an evaluation for methadone, buprenorphine or naltrexone soon, while interest is there.',
        es: 'Ofrezca pronto una evaluación para metadona, buprenorfina o naltrexona, mientras haya interés.',
      },
      referrals: ['moud-evaluation'],
    },
    {
      id: 'preferences.moud-current',
      when: { item: 'preferences.moud', eq: 'already' },
      domain: 'readiness-preferences',
      asam: ['intoxication-withdrawal', 'readiness-person-centered'],
      finding: {
        en: 'Reports already taking medication for opioid use disorder.',
        es: 'Informa que ya toma medicamentos para el trastorno por consumo de opioides.',
      },
      planning: {
        en: 'Keep the medication going without a gap; coordinate with the prescriber.',
        es: 'Mantenga el medicamento sin interrupciones; coordine con el profesional que lo receta.',
      },
      referrals: ['moud-evaluation'],
    },
    {
      id: 'preferences.moud-declined',
      when: { item: 'preferences.moud', eq: 'no' },
      domain: 'readiness-preferences',
      finding: {
        en: 'Reports not wanting to talk about medication for opioid use disorder now.',
        es: 'Informa que por ahora no quiere hablar sobre medicamentos para el trastorno por consumo de opioides.',
      },
      planning: {
        en: 'Respect the choice; offer information again later without pressure.',
        es: 'Respete su decisión; vuelva a ofrecer información más adelante, sin presionar.',
      },
    },
    {
      id: 'preferences.faith-preferred',
      when: { item: 'preferences.faith', eq: 'prefer' },
      domain: 'readiness-preferences',
      finding: { en: 'Reports wanting a faith-based program.', es: 'Informa que quiere un programa basado en la fe.' },
    },
    {
      id: 'preferences.faith-not-wanted',
      when: { item: 'preferences.faith', eq: 'no' },
      domain: 'readiness-preferences',
      finding: { en: 'Reports preferring a program that is not faith-based.', es: 'Informa que prefiere un programa que no esté basado en la fe.' },
      planning: {
        en: 'Refer to programs that are not faith-based, including peer-support groups that are not.',
        es: 'Derive a programas que no estén basados en la fe, incluidos grupos de apoyo de pares que tampoco lo estén.',
      },
    },
    {
      id: 'preferences.barriers',
      when: {
        any: [
          { item: BARRIERS, includes: 'work' },
          { item: BARRIERS, includes: 'childcare' },
          { item: BARRIERS, includes: 'transport' },
          { item: BARRIERS, includes: 'cost' },
          { item: BARRIERS, includes: 'privacy' },
          { item: BARRIERS, includes: 'language' },
          { item: BARRIERS, includes: 'health' },
          { item: BARRIERS, includes: 'other' },
        ],
      },
      domain: 'readiness-preferences',
      finding: {
        en: 'Reports things that could make it hard to attend treatment.',
        es: 'Informa que hay cosas que podrían dificultarle asistir al tratamiento.',
      },
      planning: {
        en: 'Talk through each one and shape the plan around it (hours, location, cost, language, access).',
        es: 'Hable de cada una y adapte el plan a ellas (horario, lugar, costo, idioma, accesibilidad).',
      },
      evidence: ['preferences.barriers-other'],
    },
    {
      id: 'preferences.barrier-transport',
      when: { item: BARRIERS, includes: 'transport' },
      domain: 'readiness-preferences',
      finding: { en: 'Reports that getting to treatment would be hard.', es: 'Informa que le sería difícil llegar al tratamiento.' },
      referrals: ['transport-assistance'],
    },
  ],
} as const satisfies QuestionnaireModule;

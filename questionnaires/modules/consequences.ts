import { NOT_VALIDATED } from '../../src/index.js';
import type { QuestionnaireModule } from '../module.js';

/**
 * Consequences: effects of substance use on relationships and on work or
 * school, and legal matters pending.
 *
 * @example
 * ```ts
 * import { consequencesModule } from 'intake-screening/questionnaires';
 * consequencesModule.rules.length; // 3
 * ```
 */
export const consequencesModule = {
  sections: [
    {
      id: 'consequences',
      title: { en: 'Effects on your life', es: 'Efectos en su vida' },
      instrument: { kind: 'descriptive', name: 'Consequences', note: NOT_VALIDATED },
      items: [
        {
          id: 'consequences.areas',
          kind: 'multi',
          text: {
            en: 'In the past year, has substance use caused problems in any of these parts of your life? Choose all that apply.',
            es: 'En el último año, ¿el consumo de sustancias le ha causado problemas en alguna de estas áreas de su vida? Elija todas las opciones que correspondan.',
          },
          options: [
            {
              value: 'relationships',
              text: { en: 'Relationships with family, a partner or friends', es: 'Las relaciones con su familia, su pareja o sus amigos' },
            },
            { value: 'work-school', text: { en: 'Work or school', es: 'El trabajo o la escuela' } },
            { value: 'none', text: { en: 'None of these', es: 'Ninguna de estas' }, exclusive: true },
          ],
          preferNotToAnswer: true,
        },
        {
          id: 'consequences.legal',
          kind: 'boolean',
          text: {
            en: 'Do you have any legal matters coming up, such as a court date, probation or parole?',
            es: '¿Tiene algún asunto legal pendiente, como una cita en la corte, libertad condicional (probation) o libertad bajo palabra (parole)?',
          },
          help: {
            en: 'We ask so we can help you plan around them. You can choose not to answer.',
            es: 'Se lo preguntamos para poder ayudarle a hacer planes que los tengan en cuenta. Puede elegir no responder.',
          },
          preferNotToAnswer: true,
        },
      ],
    },
  ],
  rules: [
    {
      id: 'consequences.relationships',
      when: { item: 'consequences.areas', includes: 'relationships' },
      domain: 'consequences',
      finding: {
        en: 'Reports that substance use has caused problems in relationships in the past year.',
        es: 'Informa que el consumo de sustancias le ha causado problemas en sus relaciones en el último año.',
      },
      planning: {
        en: 'Family or couples sessions may help repair relationships and build support.',
        es: 'Las sesiones familiares o de pareja pueden ayudar a reparar las relaciones y a fortalecer el apoyo.',
      },
      referrals: ['family-therapy'],
    },
    {
      id: 'consequences.work-school',
      when: { item: 'consequences.areas', includes: 'work-school' },
      domain: 'consequences',
      finding: {
        en: 'Reports that substance use has caused problems at work or school in the past year.',
        es: 'Informa que el consumo de sustancias le ha causado problemas en el trabajo o la escuela en el último año.',
      },
      planning: {
        en: 'Help with work or study, and a treatment schedule that fits around it, may help.',
        es: 'Podría ayudar recibir apoyo con el trabajo o los estudios, y un horario de tratamiento que se adapte a ellos.',
      },
      referrals: ['employment-support'],
    },
    {
      id: 'consequences.legal',
      when: { item: 'consequences.legal', eq: true },
      domain: 'consequences',
      finding: {
        en: 'Reports legal matters pending (such as a court date, probation or parole).',
        es: 'Informa que tiene asuntos legales pendientes (como una cita en la corte, libertad condicional o libertad bajo palabra).',
      },
      planning: {
        en: 'Legal help and, with consent, contact with the court or probation officer may help the person stay in treatment.',
        es: 'La ayuda legal y, con su consentimiento, el contacto con la corte o con el oficial de libertad condicional pueden ayudar a la persona a seguir en tratamiento.',
      },
      referrals: ['legal-support'],
    },
  ],
} as const satisfies QuestionnaireModule;

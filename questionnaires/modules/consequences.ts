import { NOT_VALIDATED } from '../../src/index.js';
import type { QuestionnaireModule } from '../module.js';

/**
 * Consequences: effects of substance use on relationships, work or school,
 * money, health, children (custody or child protective services) and arrests,
 * and legal matters pending. Each area points to a service beside treatment:
 * NIDA, Principles of Drug Addiction Treatment, 3rd ed. (2018), principle 3
 * (effective treatment attends to the person's many needs) and its list of the
 * components of comprehensive treatment (family, child care, financial, legal,
 * vocational and medical services).
 *
 * @example
 * ```ts
 * import { consequencesModule } from 'intake-screening/questionnaires';
 * consequencesModule.rules.length; // 7
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
            {
              value: 'money',
              text: { en: 'Money (for example, debt or not paying bills)', es: 'El dinero (por ejemplo, deudas o no poder pagar las cuentas)' },
            },
            { value: 'health', text: { en: 'Your physical or mental health', es: 'Su salud física o mental' } },
            {
              value: 'children',
              text: {
                en: 'Care or custody of your children, or contact with child protective services (CPS)',
                es: 'El cuidado o la custodia de sus hijos, o contacto con los servicios de protección de menores (CPS)',
              },
            },
            { value: 'arrests', text: { en: 'Arrests, jail or prison', es: 'Arrestos, la cárcel o la prisión' } },
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
      // NIDA Principles (2018): financial services are part of comprehensive treatment.
      id: 'consequences.money',
      when: { item: 'consequences.areas', includes: 'money' },
      domain: 'consequences',
      asam: ['recovery-environment', 'readiness-person-centered'],
      finding: {
        en: 'Reports that substance use has caused money problems in the past year.',
        es: 'Informa que el consumo de sustancias le ha causado problemas de dinero en el último año.',
      },
      planning: {
        en: 'Help with benefits, debt or insurance can remove a barrier to staying in treatment.',
        es: 'La ayuda con los beneficios, las deudas o el seguro médico puede quitar un obstáculo para seguir en tratamiento.',
      },
      referrals: ['financial-support'],
    },
    {
      // NIDA Principles (2018): medical and mental health services are part of comprehensive treatment.
      id: 'consequences.health',
      when: { item: 'consequences.areas', includes: 'health' },
      domain: 'consequences',
      asam: ['biomedical', 'psychiatric-cognitive'],
      finding: {
        en: 'Reports that substance use has affected their physical or mental health in the past year.',
        es: 'Informa que el consumo de sustancias ha afectado su salud física o mental en el último año.',
      },
      planning: {
        en: 'Ask what changed, and connect the person with medical or mental health care as needed.',
        es: 'Pregunte qué cambió y conecte a la persona con atención médica o de salud mental según sea necesario.',
      },
      referrals: ['medical-care'],
    },
    {
      // NIDA Principles (2018): family and child care services; SAMHSA TIP 51, Substance Abuse Treatment: Addressing the
      // Specific Needs of Women (2009): coordinate with child welfare, with the person's consent.
      id: 'consequences.children',
      when: { item: 'consequences.areas', includes: 'children' },
      domain: 'consequences',
      finding: {
        en: 'Reports that substance use has affected the care or custody of their children, or brought contact with child protective services.',
        es: 'Informa que el consumo de sustancias ha afectado el cuidado o la custodia de sus hijos, o ha llevado a contacto con los servicios de protección de menores.',
      },
      planning: {
        en: 'With consent, coordinate with the caseworker or family court, and plan treatment around parenting and child care.',
        es: 'Con su consentimiento, coordine con el trabajador social del caso o con la corte de familia, y planifique el tratamiento teniendo en cuenta la crianza y el cuidado de los hijos.',
      },
      referrals: ['child-welfare-coordination'],
      evidence: ['living.dependants'],
    },
    {
      // NIDA, Principles of Drug Abuse Treatment for Criminal Justice Populations (2014): coordinate treatment with
      // legal supervision; the overdose section asks about release from jail or prison (loss of tolerance).
      id: 'consequences.arrests',
      when: { item: 'consequences.areas', includes: 'arrests' },
      domain: 'consequences',
      finding: {
        en: 'Reports arrests, jail or prison related to substance use in the past year.',
        es: 'Informa arrestos, cárcel o prisión relacionados con el consumo de sustancias en el último año.',
      },
      planning: {
        en: 'Legal help may be needed; ask about court dates or supervision that treatment should fit around.',
        es: 'Podría necesitarse ayuda legal; pregunte por citas en la corte o supervisión que el tratamiento deba tener en cuenta.',
      },
      referrals: ['legal-support'],
      evidence: ['consequences.legal'],
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

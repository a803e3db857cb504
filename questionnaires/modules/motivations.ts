import { NOT_VALIDATED } from '../../src/index.js';
import type { QuestionnaireModule } from '../module.js';
import { continuingUseItems, continuingUseRules } from './continuing-use.js';

const REASONS = 'motivation.reasons';

/**
 * Initial motivations: what was going on when use began, with follow-ups that
 * show whether that circumstance is still present, and what keeps use going now. Each circumstance points to
 * a different part of a treatment plan (grief work, pain care, social network).
 *
 * @example
 * ```ts
 * import { motivationsModule } from 'intake-screening/questionnaires';
 * motivationsModule.rules.map((r) => r.id).includes('motivation.grief'); // true
 * ```
 */
export const motivationsModule = {
  sections: [
    {
      id: 'motivation',
      title: { en: 'When use began', es: 'Cuando comenzó el consumo' },
      description: {
        en: 'People start using for many reasons. Knowing yours helps us plan care that fits.',
        es: 'Las personas empiezan a consumir por muchas razones. Conocer las suyas nos ayuda a planificar una atención adecuada para usted.',
      },
      instrument: { kind: 'descriptive', name: 'Initial motivations', note: NOT_VALIDATED },
      items: [
        {
          id: REASONS,
          kind: 'multi',
          text: {
            en: 'When you first started using, what was going on in your life? Choose all that apply.',
            es: 'Cuando empezó a consumir, ¿qué estaba pasando en su vida? Elija todas las opciones que correspondan.',
          },
          options: [
            { value: 'grief', text: { en: 'Grief or a loss (for example, someone died)', es: 'Duelo o una pérdida (por ejemplo, la muerte de alguien)' } },
            {
              value: 'conflict',
              text: { en: 'Emotional strain, or conflict in a relationship or family', es: 'Tensión emocional, o conflictos en una relación o en la familia' },
            },
            {
              value: 'stress',
              text: { en: 'Stress (work, money or big life changes)', es: 'Estrés (por el trabajo, el dinero o grandes cambios en la vida)' },
            },
            {
              value: 'pain',
              text: {
                en: 'Physical pain (an injury, surgery or long-term pain, or opioids first prescribed for pain)',
                es: 'Dolor físico (una lesión, una cirugía o dolor de larga duración, o opioides que al principio le recetaron para el dolor)',
              },
            },
            { value: 'curiosity', text: { en: 'Curiosity, or to have fun', es: 'Curiosidad, o por diversión' } },
            { value: 'peer-pressure', text: { en: 'Pressure from friends or people around me', es: 'Presión de amigos o de personas a mi alrededor' } },
            {
              value: 'mental-health',
              text: {
                en: 'To cope with feelings such as sadness, worry or memories of hard events',
                es: 'Para sobrellevar sentimientos como tristeza, preocupación o recuerdos de experiencias difíciles',
              },
            },
            { value: 'other', text: { en: 'Something else', es: 'Otra cosa' } },
          ],
          preferNotToAnswer: true,
        },
        {
          id: 'motivation.other',
          kind: 'text',
          text: { en: 'In a few words, what else was going on?', es: 'En pocas palabras, ¿qué más estaba pasando?' },
          maxLength: 300,
          when: { item: REASONS, includes: 'other' },
          preferNotToAnswer: true,
        },
        {
          id: 'motivation.grief-ongoing',
          kind: 'boolean',
          text: { en: 'Is that loss still weighing on you now?', es: '¿Todavía le pesa esa pérdida?' },
          when: { item: REASONS, includes: 'grief' },
          preferNotToAnswer: true,
        },
        {
          id: 'motivation.pain-prescribed',
          kind: 'boolean',
          text: { en: 'Were opioids first prescribed to you for that pain?', es: '¿Fue por ese dolor que le recetaron opioides por primera vez?' },
          when: { item: REASONS, includes: 'pain' },
          preferNotToAnswer: true,
        },
        {
          id: 'motivation.pain-ongoing',
          kind: 'boolean',
          text: { en: 'Do you still have that pain?', es: '¿Todavía tiene ese dolor?' },
          when: { item: REASONS, includes: 'pain' },
          preferNotToAnswer: true,
        },
        {
          id: 'motivation.pain-care',
          kind: 'boolean',
          text: {
            en: 'Is a doctor, nurse or other clinician helping you with that pain now?',
            es: '¿Algún médico(a), enfermero(a) u otro profesional clínico le está ayudando ahora con ese dolor?',
          },
          when: { item: 'motivation.pain-ongoing', eq: true },
          preferNotToAnswer: true,
        },
        {
          id: 'motivation.peers-around',
          kind: 'boolean',
          text: {
            en: 'Are the people you first used with still part of your daily life?',
            es: '¿Las personas con las que consumió por primera vez todavía forman parte de su vida diaria?',
          },
          when: {
            any: [
              { item: REASONS, includes: 'peer-pressure' },
              { item: REASONS, includes: 'curiosity' },
            ],
          },
          preferNotToAnswer: true,
        },
        ...continuingUseItems,
      ],
    },
  ],
  rules: [
    {
      id: 'motivation.grief',
      when: { item: REASONS, includes: 'grief' },
      domain: 'motivations',
      finding: { en: 'Reports that use began around grief or a loss.', es: 'Informa que el consumo comenzó en torno a un duelo o una pérdida.' },
      planning: {
        en: 'Grief support alongside substance-use treatment may help.',
        es: 'Podría ayudar el apoyo en el duelo junto con el tratamiento por consumo de sustancias.',
      },
      referrals: ['grief-support'],
    },
    {
      id: 'motivation.grief-ongoing',
      when: { item: 'motivation.grief-ongoing', eq: true },
      domain: 'motivations',
      finding: { en: 'Reports that the loss is still weighing on them now.', es: 'Informa que la pérdida todavía le pesa ahora.' },
      planning: {
        en: 'Because the grief is still present, grief work may belong in the plan from the start.',
        es: 'Como el duelo sigue presente, el trabajo de duelo podría formar parte del plan desde el inicio.',
      },
      referrals: ['grief-support', 'individual-therapy'],
    },
    {
      id: 'motivation.conflict',
      when: { item: REASONS, includes: 'conflict' },
      domain: 'motivations',
      finding: {
        en: 'Reports that use began during emotional strain or conflict in a relationship or family.',
        es: 'Informa que el consumo comenzó durante una etapa de tensión emocional o de conflictos en una relación o en la familia.',
      },
      planning: {
        en: 'Family or couples sessions, and individual therapy on coping with conflict, may help.',
        es: 'Podrían ayudar las sesiones familiares o de pareja, y la terapia individual para aprender a manejar los conflictos.',
      },
      referrals: ['family-therapy', 'individual-therapy'],
    },
    {
      id: 'motivation.stress',
      when: { item: REASONS, includes: 'stress' },
      domain: 'motivations',
      finding: {
        en: 'Reports that use began during stress from work, money or life changes.',
        es: 'Informa que el consumo comenzó durante una etapa de estrés por el trabajo, el dinero o cambios en la vida.',
      },
      planning: {
        en: 'Therapy that builds skills for handling stress may help; practical help with work or money may too.',
        es: 'Podría ayudar una terapia que desarrolle habilidades para manejar el estrés; también podría ayudar el apoyo práctico con el trabajo o el dinero.',
      },
      referrals: ['individual-therapy'],
    },
    {
      id: 'motivation.pain',
      when: { item: REASONS, includes: 'pain' },
      domain: 'motivations',
      asam: ['biomedical', 'use-related-risks'],
      finding: { en: 'Reports that use began around physical pain.', es: 'Informa que el consumo comenzó en torno a un dolor físico.' },
      planning: {
        en: 'Pain care should be part of the plan, since pain that is not treated can lead back to use.',
        es: 'La atención del dolor debe formar parte del plan, ya que el dolor que no se trata puede llevar a volver a consumir.',
      },
      referrals: ['pain-management-coordination'],
    },
    {
      id: 'motivation.pain-prescribed',
      when: { item: 'motivation.pain-prescribed', eq: true },
      domain: 'motivations',
      asam: ['biomedical', 'use-related-risks'],
      finding: { en: 'Reports that opioids were first prescribed to them for pain.', es: 'Informa que al principio le recetaron opioides para el dolor.' },
      planning: {
        en: 'Involve the prescriber: plan pain care and any opioid changes together, and discuss medication for opioid use disorder.',
        es: 'Incluya al profesional que recetó los opioides: planifiquen juntos la atención del dolor y cualquier cambio en los opioides, y hable de los medicamentos para el trastorno por consumo de opioides.',
      },
      referrals: ['pain-management-coordination', 'moud-evaluation'],
    },
    {
      id: 'motivation.pain-ongoing',
      when: { item: 'motivation.pain-ongoing', eq: true },
      domain: 'motivations',
      asam: ['biomedical', 'use-related-risks'],
      finding: { en: 'Reports that the pain is still present.', es: 'Informa que el dolor sigue presente.' },
      planning: {
        en: 'Coordinate with whoever treats the pain; options that do not rely on opioids may help.',
        es: 'Coordine con quien trata el dolor; podrían ayudar opciones que no dependan de los opioides.',
      },
      referrals: ['pain-management-coordination'],
      evidence: ['motivation.pain-care'],
    },
    {
      id: 'motivation.pain-not-in-care',
      when: {
        all: [
          { item: 'motivation.pain-ongoing', eq: true },
          { item: 'motivation.pain-care', eq: false },
        ],
      },
      domain: 'motivations',
      asam: ['biomedical', 'use-related-risks'],
      finding: {
        en: 'Reports pain that is still present and not under a clinician’s care now.',
        es: 'Informa un dolor que sigue presente y que ahora no recibe atención de un profesional clínico.',
      },
      planning: {
        en: 'Connect the person with pain care early; pain left untreated is a common reason for return to use.',
        es: 'Conecte pronto a la persona con atención para el dolor; el dolor sin tratar es una razón frecuente para volver a consumir.',
      },
      referrals: ['pain-management-coordination', 'medical-care'],
    },
    {
      id: 'motivation.curiosity',
      when: { item: REASONS, includes: 'curiosity' },
      domain: 'motivations',
      finding: { en: 'Reports that use began out of curiosity or for fun.', es: 'Informa que el consumo comenzó por curiosidad o por diversión.' },
      planning: {
        en: 'Explore other rewarding activities and social settings; peer support can help build them.',
        es: 'Explore otras actividades gratificantes y otros entornos sociales; el apoyo de pares puede ayudar a construirlos.',
      },
      referrals: ['peer-support'],
    },
    {
      id: 'motivation.peer-pressure',
      when: { item: REASONS, includes: 'peer-pressure' },
      domain: 'motivations',
      finding: {
        en: 'Reports that use began with pressure from friends or people around them.',
        es: 'Informa que el consumo comenzó por presión de amigos o de personas a su alrededor.',
      },
      planning: {
        en: 'Group therapy and peer support can help build a social circle that supports recovery, and skills to say no.',
        es: 'La terapia de grupo y el apoyo de pares pueden ayudar a formar un círculo social que apoye la recuperación, y a desarrollar habilidades para decir que no.',
      },
      referrals: ['peer-support', 'group-therapy'],
    },
    {
      id: 'motivation.mental-health',
      when: { item: REASONS, includes: 'mental-health' },
      domain: 'motivations',
      asam: ['psychiatric-cognitive', 'use-related-risks'],
      finding: {
        en: 'Reports that use began as a way to cope with feelings such as sadness, worry or memories of hard events.',
        es: 'Informa que el consumo comenzó como una forma de sobrellevar sentimientos como tristeza, preocupación o recuerdos de experiencias difíciles.',
      },
      planning: {
        en: 'Care for mental health and substance use together may help; a mental-health assessment is suggested.',
        es: 'Podría ayudar atender juntos la salud mental y el consumo de sustancias; se sugiere una evaluación de salud mental.',
      },
      referrals: ['mental-health-assessment'],
    },
    {
      id: 'motivation.other',
      when: { item: REASONS, includes: 'other' },
      domain: 'motivations',
      finding: {
        en: 'Reports another circumstance when use began (in their own words).',
        es: 'Informa otra circunstancia cuando comenzó el consumo (en sus propias palabras).',
      },
      planning: {
        en: 'Talk through what the person wrote to see what it means for the plan.',
        es: 'Hable con la persona sobre lo que escribió para ver qué significa para el plan.',
      },
      evidence: ['motivation.other'],
    },
    {
      id: 'motivation.peers-around',
      when: { item: 'motivation.peers-around', eq: true },
      domain: 'return-to-use-risk',
      asam: ['use-related-risks', 'recovery-environment'],
      finding: {
        en: 'Reports that the people they first used with are still part of their daily life.',
        es: 'Informa que las personas con las que consumió por primera vez todavía forman parte de su vida diaria.',
      },
      planning: {
        en: 'Plan for these contacts (new routines, skills to say no) and build other supports, such as peer support.',
        es: 'Planifique cómo manejar estos contactos (nuevas rutinas, habilidades para decir que no) y fortalezca otros apoyos, como el apoyo de pares.',
      },
      referrals: ['peer-support'],
    },
    ...continuingUseRules,
  ],
} as const satisfies QuestionnaireModule;

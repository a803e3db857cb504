import { NOT_VALIDATED } from '../../src/index.js';
import type { QuestionnaireModule } from '../module.js';
import { homeSafetyItems, homeSafetyRules } from './home-safety.js';

/** Residential indicator item: someone at home who can look after the person. */
export const homeSupportItem = {
  id: 'living.home-support',
  kind: 'boolean',
  text: {
    en: 'Is there someone at home who can look after you in the first weeks of treatment, if you need it?',
    es: '¿Hay alguien en su casa que pueda cuidar de usted en las primeras semanas del tratamiento, si lo necesita?',
  },
  preferNotToAnswer: true,
} as const;

/** Residential indicator item: transport to near-daily visits. */
export const transportItem = {
  id: 'living.transport',
  kind: 'boolean',
  text: {
    en: 'Could you get to a clinic almost every day (by car, bus, a ride or on foot)?',
    es: '¿Podría ir a una clínica casi todos los días (en carro, en autobús, con alguien que le lleve o caminando)?',
  },
  preferNotToAnswer: true,
} as const;

/** Residential indicator: no one at home to look after the person. */
export const noHomeSupportRule = {
  id: 'setting.no-home-support',
  when: { item: 'living.home-support', eq: false },
  domain: 'recovery-environment',
  finding: {
    en: 'Reports that no one at home can look after them in the first weeks of treatment.',
    es: 'Informa que no hay nadie en su casa que pueda cuidar de él o ella en las primeras semanas del tratamiento.',
  },
  planning: {
    en: 'A setting with more support (such as residential care) may be worth considering; the clinician decides.',
    es: 'Podría valer la pena considerar un entorno de atención con más apoyo (como el tratamiento residencial); la decisión es del profesional clínico.',
  },
  setting: 'no-home-support',
} as const;

/** Residential indicator: cannot travel to near-daily visits. */
export const noTransportRule = {
  id: 'setting.no-transport',
  when: { item: 'living.transport', eq: false },
  domain: 'recovery-environment',
  asam: ['recovery-environment', 'readiness-person-centered'],
  finding: { en: 'Reports being unable to get to a clinic almost every day.', es: 'Informa que no puede ir a una clínica casi todos los días.' },
  planning: {
    en: 'Help with transportation, or a setting that does not need daily travel, may be worth considering.',
    es: 'Podría valer la pena considerar ayuda con el transporte, o un entorno de atención que no requiera ir todos los días.',
  },
  referrals: ['transport-assistance'],
  setting: 'no-transport',
} as const;

/**
 * Living situation and supports: home support, housing, transport, people at
 * home who use, supportive family or friends, and people in the person's care.
 *
 * @example
 * ```ts
 * import { livingSituationModule } from 'intake-screening/questionnaires';
 * livingSituationModule.sections[0].id; // 'living'
 * ```
 */
export const livingSituationModule = {
  sections: [
    {
      id: 'living',
      title: { en: 'Your home and support', es: 'Su hogar y su red de apoyo' },
      instrument: { kind: 'descriptive', name: 'Living situation and supports', note: NOT_VALIDATED },
      items: [
        homeSupportItem,
        {
          id: 'living.housing',
          kind: 'single',
          text: { en: 'Which best describes where you live now?', es: '¿Qué opción describe mejor dónde vive ahora?' },
          options: [
            { value: 'stable', text: { en: 'I have a steady place to live', es: 'Tengo un lugar fijo donde vivir' } },
            {
              value: 'unstable',
              text: { en: 'I stay with others, or move around a lot', es: 'Me quedo con otras personas, o me cambio de lugar muy seguido' },
            },
            {
              value: 'none',
              text: {
                en: 'I do not have a place to live (for example, I stay in a shelter, a car or outside)',
                es: 'No tengo un lugar donde vivir (por ejemplo, me quedo en un albergue, en un carro o en la calle)',
              },
            },
          ],
          preferNotToAnswer: true,
        },
        transportItem,
        {
          id: 'living.others-use',
          kind: 'boolean',
          text: { en: 'Does anyone you live with use drugs or drink heavily?', es: '¿Alguien con quien vive consume drogas o toma mucho alcohol?' },
          preferNotToAnswer: true,
        },
        {
          id: 'living.supports',
          kind: 'boolean',
          text: {
            en: 'Do you have family or friends who support you in making changes?',
            es: '¿Tiene familiares o amigos que le apoyen para hacer cambios?',
          },
          preferNotToAnswer: true,
        },
        {
          id: 'living.dependants',
          kind: 'boolean',
          text: { en: 'Do you look after children or anyone else who depends on you?', es: '¿Cuida a niños o a alguien más que depende de usted?' },
          preferNotToAnswer: true,
        },
        {
          id: 'living.dependants-cover',
          kind: 'boolean',
          text: {
            en: 'If you needed to stay at a treatment program for a while, is there someone who could look after them?',
            es: 'Si necesitara quedarse un tiempo en un programa de tratamiento, ¿habría alguien que pudiera cuidarlos?',
          },
          when: { item: 'living.dependants', eq: true },
          preferNotToAnswer: true,
        },
        ...homeSafetyItems,
      ],
    },
  ],
  rules: [
    noHomeSupportRule,
    noTransportRule,
    {
      id: 'living.unstable-housing',
      when: { item: 'living.housing', in: ['unstable', 'none'] },
      domain: 'recovery-environment',
      finding: { en: 'Reports not having a steady place to live.', es: 'Informa que no tiene un lugar fijo donde vivir.' },
      planning: {
        en: 'Housing help can make it easier to stay in treatment; consider recovery housing options.',
        es: 'La ayuda con la vivienda puede hacer más fácil seguir en tratamiento; considere opciones de vivienda de apoyo para la recuperación.',
      },
      referrals: ['housing-support'],
    },
    {
      // SAMHSA TIP 55, Behavioral Health Services for People Who Are Homeless (2013): engage people without a place
      // to live quickly (contact is easily lost) and consider a setting that provides housing alongside treatment;
      // a setting consideration, never a decision. Priority, not routine (issue 17).
      id: 'setting.no-stable-housing',
      when: { item: 'living.housing', eq: 'none' },
      domain: 'recovery-environment',
      finding: {
        en: 'Reports having no place to live (such as staying in a shelter, a car or outside).',
        es: 'Informa que no tiene un lugar donde vivir (por ejemplo, se queda en un albergue, en un carro o en la calle).',
      },
      planning: {
        en: 'A setting that offers housing with treatment (such as residential care or recovery housing) may be worth considering; the clinician decides.',
        es: 'Podría valer la pena considerar un entorno que ofrezca vivienda junto con el tratamiento (como el tratamiento residencial o una vivienda de apoyo para la recuperación); la decisión es del profesional clínico.',
      },
      urgency: 'priority',
      referrals: ['housing-support'],
      setting: 'no-stable-housing',
    },
    ...homeSafetyRules,
    {
      id: 'living.others-use',
      when: { item: 'living.others-use', eq: true },
      domain: 'return-to-use-risk',
      asam: ['use-related-risks', 'recovery-environment'],
      finding: {
        en: 'Reports living with someone who uses drugs or drinks heavily.',
        es: 'Informa que vive con alguien que consume drogas o toma mucho alcohol.',
      },
      planning: {
        en: 'Plan for use at home (for example, safe storage, time away, or a change of setting), and consider family sessions.',
        es: 'Haga un plan para el consumo de otras personas en casa (por ejemplo, guardar las sustancias de forma segura, pasar tiempo fuera o cambiar de entorno) y considere sesiones familiares.',
      },
    },
    {
      id: 'living.supportive-people',
      when: { item: 'living.supports', eq: true },
      domain: 'recovery-environment',
      finding: {
        en: 'Reports having family or friends who support them in making changes.',
        es: 'Informa que tiene familiares o amigos que le apoyan para hacer cambios.',
      },
      planning: {
        en: 'With the person’s permission, these people could take part in treatment, for example in family therapy.',
        es: 'Con el permiso de la persona, estas personas podrían participar en el tratamiento, por ejemplo, en terapia familiar.',
      },
      referrals: ['family-therapy'],
    },
    {
      id: 'living.no-supportive-people',
      when: { item: 'living.supports', eq: false },
      domain: 'recovery-environment',
      finding: {
        en: 'Reports not having family or friends who support them in making changes.',
        es: 'Informa que no tiene familiares o amigos que le apoyen para hacer cambios.',
      },
      planning: {
        en: 'Peer support and group programs can help build a circle of support.',
        es: 'El apoyo de pares y los programas de grupo pueden ayudar a formar una red de apoyo.',
      },
      referrals: ['peer-support'],
    },
    {
      id: 'living.dependants',
      when: { item: 'living.dependants', eq: true },
      domain: 'recovery-environment',
      finding: {
        en: 'Reports looking after children or others who depend on them.',
        es: 'Informa que cuida a niños o a otras personas que dependen de él o ella.',
      },
      planning: {
        en: 'Plan visits around their care; ask about programs that welcome families or offer child care.',
        es: 'Planifique las citas según las responsabilidades de cuidado; pregunte por programas que reciban a familias u ofrezcan cuidado de niños.',
      },
      evidence: ['living.dependants-cover'],
    },
    {
      id: 'living.dependants-no-cover',
      when: { item: 'living.dependants-cover', eq: false },
      domain: 'recovery-environment',
      finding: {
        en: 'Reports that no one else could look after the people in their care during a stay at a treatment program.',
        es: 'Informa que nadie más podría cuidar de las personas a su cargo durante una estadía en un programa de tratamiento.',
      },
      planning: {
        en: 'A stay away from home may not be possible unless care is arranged; outpatient or family-friendly options may fit better.',
        es: 'Quizás no sea posible una estadía fuera de casa si no se organiza ese cuidado; las opciones ambulatorias o adaptadas a las familias podrían ser más adecuadas.',
      },
    },
  ],
} as const satisfies QuestionnaireModule;

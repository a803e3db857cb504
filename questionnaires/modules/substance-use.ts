import { NOT_VALIDATED } from '../../src/index.js';
import type { QuestionnaireModule } from '../module.js';
import { INJECTS } from './conditions.js';
import { substanceUseRules } from './substance-use-rules.js';

const SUBSTANCES = [
  { value: 'heroin', text: { en: 'Heroin', es: 'Heroína' } },
  { value: 'fentanyl', text: { en: 'Fentanyl', es: 'Fentanilo' } },
  {
    value: 'prescription-opioids',
    text: {
      en: 'Prescription opioid pain pills (such as oxycodone or hydrocodone), not as prescribed',
      es: 'Pastillas de analgésicos opioides recetados (como oxicodona o hidrocodona), sin seguir las indicaciones de la receta',
    },
  },
  {
    value: 'methadone-buprenorphine',
    text: { en: 'Methadone or buprenorphine, not as prescribed', es: 'Metadona o buprenorfina, sin seguir las indicaciones de la receta' },
  },
  { value: 'stimulants', text: { en: 'Stimulants (such as cocaine, crack or methamphetamine)', es: 'Estimulantes (como cocaína, crack o metanfetamina)' } },
  {
    value: 'benzodiazepines',
    text: {
      en: 'Benzodiazepines (such as Xanax, Valium or Klonopin), not as prescribed',
      es: 'Benzodiacepinas (como Xanax, Valium o Klonopin), sin seguir las indicaciones de la receta',
    },
  },
  { value: 'alcohol', text: { en: 'Alcohol', es: 'Alcohol' } },
  { value: 'cannabis', text: { en: 'Cannabis (marijuana)', es: 'Marihuana (cannabis)' } },
  { value: 'other', text: { en: 'Something else', es: 'Otra sustancia' } },
] as const;

const YES_NO = [
  { value: 'yes', text: { en: 'Yes', es: 'Sí' } },
  { value: 'no', text: { en: 'No', es: 'No' } },
] as const;

/**
 * Substance use: which substances, the main one, how often and how, time since
 * last use, and earlier treatment. Injection opens a harm-reduction question
 * (shared equipment); overdose and naloxone have their own module.
 *
 * @example
 * ```ts
 * import { substanceUseModule } from 'intake-screening/questionnaires';
 * substanceUseModule.sections[0].id; // 'substance'
 * ```
 */
export const substanceUseModule = {
  sections: [
    {
      id: 'substance',
      title: { en: 'Substance use', es: 'Consumo de sustancias' },
      description: {
        en: 'These questions are about the substances you use now or have used in the past year.',
        es: 'Estas preguntas tratan sobre las sustancias que consume ahora o que ha consumido en el último año.',
      },
      instrument: { kind: 'descriptive', name: 'Substance use', note: NOT_VALIDATED },
      items: [
        {
          id: 'substance.used',
          kind: 'multi',
          text: {
            en: 'In the past 12 months, which of these have you used? Choose all that apply.',
            es: 'En los últimos 12 meses, ¿cuáles de estas sustancias ha consumido? Elija todas las opciones que correspondan.',
          },
          options: SUBSTANCES,
          preferNotToAnswer: true,
        },
        {
          id: 'substance.used-other',
          kind: 'text',
          text: { en: 'What else have you used?', es: '¿Qué otra sustancia ha consumido?' },
          maxLength: 300,
          when: { item: 'substance.used', includes: 'other' },
          preferNotToAnswer: true,
        },
        {
          id: 'substance.main',
          kind: 'single',
          text: { en: 'Which one do you want help with most?', es: '¿Con cuál de ellas quiere ayuda principalmente?' },
          options: SUBSTANCES,
          // Offers only the substances the person chose above.
          optionsFrom: 'substance.used',
          when: { answered: 'substance.used' },
          preferNotToAnswer: true,
        },
        {
          id: 'substance.frequency',
          kind: 'single',
          text: { en: 'In the past month, how often have you used that substance?', es: 'En el último mes, ¿con qué frecuencia ha consumido esa sustancia?' },
          options: [
            { value: 'daily', text: { en: 'Every day or almost every day', es: 'Todos los días o casi todos los días' } },
            { value: 'weekly', text: { en: 'A few times a week', es: 'Algunas veces a la semana' } },
            { value: 'monthly', text: { en: 'A few times a month', es: 'Algunas veces al mes' } },
            { value: 'less', text: { en: 'Less often, or not in the past month', es: 'Con menos frecuencia, o no en el último mes' } },
          ],
          when: { answered: 'substance.used' },
          preferNotToAnswer: true,
        },
        {
          id: 'substance.route',
          kind: 'multi',
          text: {
            en: 'How do you usually take the substances you use? Choose all that apply.',
            es: '¿De qué forma suele tomar las sustancias que consume? Elija todas las opciones que correspondan.',
          },
          options: [
            { value: 'swallowing', text: { en: 'Swallowing (by mouth)', es: 'Tragarlas (por la boca)' } },
            { value: 'smoking', text: { en: 'Smoking or vaping', es: 'Fumarlas o vapearlas' } },
            { value: 'snorting', text: { en: 'Snorting (sniffing)', es: 'Aspirarlas por la nariz' } },
            { value: 'injection', text: { en: 'Injecting (with a needle)', es: 'Inyectarlas (con aguja)' } },
            { value: 'other', text: { en: 'Another way', es: 'De otra forma' } },
          ],
          when: { answered: 'substance.used' },
          preferNotToAnswer: true,
        },
        {
          id: 'substance.shared-equipment',
          kind: 'boolean',
          text: {
            en: 'In the past 3 months, have you shared needles, syringes or other injecting supplies (such as cookers, cotton or water) with anyone?',
            es: 'En los últimos 3 meses, ¿ha compartido con alguien agujas, jeringas u otros materiales para inyectarse (como cucharas o recipientes para preparar, algodón o agua)?',
          },
          when: INJECTS,
          preferNotToAnswer: true,
        },
        {
          id: 'substance.last-use',
          kind: 'single',
          text: { en: 'When did you last use?', es: '¿Cuándo fue la última vez que consumió?' },
          options: [
            { value: 'today', text: { en: 'In the past 24 hours', es: 'En las últimas 24 horas' } },
            { value: 'days', text: { en: '1 to 3 days ago', es: 'Hace 1 a 3 días' } },
            { value: 'week', text: { en: '4 to 7 days ago', es: 'Hace 4 a 7 días' } },
            { value: 'month', text: { en: '1 to 4 weeks ago', es: 'Hace 1 a 4 semanas' } },
            { value: 'longer', text: { en: 'More than a month ago', es: 'Hace más de un mes' } },
          ],
          when: { answered: 'substance.used' },
          preferNotToAnswer: true,
        },
        {
          id: 'substance.moud-now',
          kind: 'boolean',
          text: {
            en: 'Do you take methadone or buprenorphine (such as Suboxone) that a clinic or doctor prescribes for you now?',
            es: '¿Toma actualmente metadona o buprenorfina (como Suboxone) que le receta una clínica o un médico?',
          },
          when: { answered: 'substance.used' },
          preferNotToAnswer: true,
        },
        {
          id: 'substance.moud-gap',
          kind: 'single',
          text: {
            en: 'In the past week, have you missed doses of it, or run out?',
            es: 'En la última semana, ¿ha dejado de tomar alguna dosis o se le ha acabado?',
          },
          options: [
            { value: 'no', text: { en: 'No, I have taken every dose', es: 'No, he tomado todas las dosis' } },
            { value: 'missed', text: { en: 'I have missed some doses', es: 'He dejado de tomar algunas dosis' } },
            {
              value: 'running-out',
              text: { en: 'I have run out, or will run out in the next 3 days', es: 'Se me acabó, o se me va a acabar en los próximos 3 días' },
            },
          ],
          when: { item: 'substance.moud-now', eq: true },
          preferNotToAnswer: true,
        },
        {
          id: 'substance.prior-treatment',
          kind: 'boolean',
          text: {
            en: 'Have you ever had treatment or counseling for substance use before?',
            es: '¿Alguna vez ha recibido tratamiento o consejería por el consumo de sustancias?',
          },
          preferNotToAnswer: true,
        },
        {
          id: 'substance.prior-treatment-end',
          kind: 'single',
          text: { en: 'How did your most recent treatment end?', es: '¿Cómo terminó su tratamiento más reciente?' },
          options: [
            { value: 'completed', text: { en: 'I finished it', es: 'Lo terminé' } },
            { value: 'left-early', text: { en: 'I left before it was finished', es: 'Lo dejé antes de terminarlo' } },
            { value: 'ongoing', text: { en: 'I am still in it', es: 'Todavía estoy en tratamiento' } },
          ],
          when: { item: 'substance.prior-treatment', eq: true },
          preferNotToAnswer: true,
        },
        {
          id: 'substance.prior-treatment-return',
          kind: 'single',
          text: {
            en: 'After it ended, did you return to use within a few months?',
            es: 'Después de que terminó, ¿volvió a consumir dentro de los primeros meses?',
          },
          options: YES_NO,
          when: { item: 'substance.prior-treatment-end', in: ['completed', 'left-early'] },
          preferNotToAnswer: true,
        },
      ],
    },
  ],
  rules: substanceUseRules,
} as const satisfies QuestionnaireModule;

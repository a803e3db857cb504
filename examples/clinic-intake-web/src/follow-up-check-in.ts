import { defineQuestionnaire } from 'intake-screening';

const NOTE = {
  en: 'Written by the clinic for follow-up visits; not a validated instrument. Answers are reported as given.',
  es: 'Escrito por la clínica para las visitas de seguimiento; no es un instrumento validado. Las respuestas se informan tal como se dieron.',
} as const;

/**
 * A clinic's own short questionnaire, defined with the library's
 * `defineQuestionnaire`, for a check-in before a follow-up visit. The bundled
 * intake has no number or date questions; this one uses every item kind, so
 * the page shows how each is drawn. Wording follows the library's rules:
 * person-first, and nothing that reads as a diagnosis.
 *
 * @example
 * ```ts
 * form.questionnaire = followUpCheckIn; // form: an <intake-form> element (intake-screening/web)
 * ```
 */
export const followUpCheckIn = defineQuestionnaire({
  id: 'follow-up-check-in',
  version: '1.0.0',
  title: { en: 'Follow-up visit check-in', es: 'Preguntas antes de su visita de seguimiento' },
  description: {
    en: 'A few questions before your follow-up visit. It takes about 3 minutes.',
    es: 'Unas preguntas antes de su visita de seguimiento. Toma unos 3 minutos.',
  },
  // The page offers a language switch because every text has Spanish and the questionnaire says so here.
  locales: ['en', 'es'],
  crisisResources: {
    en: 'If you are in danger now, call 911 or go to the nearest emergency department. You can call or text 988 (Suicide & Crisis Lifeline) any time, day or night. Please tell a member of staff now.',
    es: 'Si está en peligro ahora, llame al 911 o vaya al servicio de urgencias más cercano. Puede llamar o enviar un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis) a cualquier hora, de día o de noche; para recibir ayuda en español, oprima 2 cuando llame. Por favor, avise ahora a un miembro del personal.',
  },
  sections: [
    {
      id: 'since',
      title: { en: 'Since your last visit', es: 'Desde su última visita' },
      description: { en: 'You can skip any question that is not required.', es: 'Puede omitir cualquier pregunta que no sea obligatoria.' },
      instrument: { kind: 'descriptive', name: 'Follow-up check-in', note: NOTE },
      items: [
        {
          id: 'since.intro',
          kind: 'display',
          text: {
            en: 'These questions are about the time since you last saw us.',
            es: 'Estas preguntas son sobre el tiempo desde su última visita con nosotros.',
          },
        },
        {
          id: 'since.last-visit',
          kind: 'date',
          text: { en: 'When was your last visit with us?', es: '¿Cuándo fue su última visita con nosotros?' },
          min: '2020-01-01',
          max: '2099-12-31',
          preferNotToAnswer: true,
        },
        {
          id: 'since.days-used',
          kind: 'number',
          text: {
            en: 'In the past 30 days, on how many days did you use the substance you want help with?',
            es: 'En los últimos 30 días, ¿cuántos días consumió la sustancia con la que quiere ayuda?',
          },
          min: 0,
          max: 30,
          integer: true,
          unit: { en: 'days', es: 'días' },
          required: true,
          preferNotToAnswer: true,
        },
        {
          id: 'since.cravings',
          kind: 'scale',
          text: { en: 'In the past week, how strong were your cravings?', es: 'En la última semana, ¿qué tan fuertes fueron sus ganas de consumir?' },
          options: [
            { value: 0, text: { en: 'None', es: 'Ninguna' } },
            { value: 1, text: { en: 'Mild', es: 'Leves' } },
            { value: 2, text: { en: 'Moderate', es: 'Moderadas' } },
            { value: 3, text: { en: 'Strong', es: 'Fuertes' } },
            { value: 4, text: { en: 'Very strong', es: 'Muy fuertes' } },
          ],
          required: true,
        },
        {
          id: 'since.medication',
          kind: 'boolean',
          text: {
            en: 'Are you taking a medicine such as methadone, buprenorphine or naltrexone?',
            es: '¿Está tomando un medicamento como metadona, buprenorfina o naltrexona?',
          },
          preferNotToAnswer: true,
        },
        {
          id: 'since.missed-doses',
          kind: 'single',
          when: { item: 'since.medication', eq: true },
          text: { en: 'In the past week, how many doses did you miss?', es: 'En la última semana, ¿cuántas dosis se saltó?' },
          options: [
            { value: 'none', text: { en: 'None', es: 'Ninguna' } },
            { value: 'one-or-two', text: { en: 'One or two', es: 'Una o dos' } },
            { value: 'three-or-more', text: { en: 'Three or more', es: 'Tres o más' } },
          ],
          preferNotToAnswer: true,
        },
      ],
    },
    {
      id: 'support',
      title: { en: 'Support and anything else', es: 'Apoyo y otros temas' },
      instrument: { kind: 'descriptive', name: 'Follow-up check-in', note: NOTE },
      items: [
        {
          id: 'support.helped',
          kind: 'multi',
          text: {
            en: 'Which of these helped you this past week? Choose all that apply.',
            es: '¿Cuáles de estos le ayudaron en la última semana? Marque todos los que correspondan.',
          },
          options: [
            { value: 'meetings', text: { en: 'Support meetings', es: 'Reuniones de apoyo' } },
            { value: 'counselling', text: { en: 'Counseling', es: 'Consejería' } },
            { value: 'family', text: { en: 'Family or friends', es: 'Familia o amistades' } },
            { value: 'none', text: { en: 'None of these', es: 'Ninguno de estos' }, exclusive: true },
          ],
          preferNotToAnswer: true,
        },
        {
          id: 'support.notes',
          kind: 'text',
          multiline: true,
          maxLength: 500,
          text: {
            en: 'Is there anything you would like your care team to know before your visit?',
            es: '¿Hay algo que le gustaría que su equipo de atención supiera antes de su visita?',
          },
          help: {
            en: 'For example, a change in your medicines, your housing or your work.',
            es: 'Por ejemplo, un cambio en sus medicamentos, su vivienda o su trabajo.',
          },
          preferNotToAnswer: true,
        },
      ],
    },
  ],
  rules: [
    {
      id: 'since.strong-cravings',
      when: { item: 'since.cravings', gte: 3 },
      domain: 'return-to-use-risk',
      finding: { en: 'Reports strong cravings in the past week.', es: 'Informa ganas fuertes de consumir en la última semana.' },
      planning: {
        en: 'Talk about what helps with cravings and whether the care plan needs a change.',
        es: 'Hablar de lo que ayuda con las ganas de consumir y de si el plan de atención necesita un cambio.',
      },
      urgency: 'priority',
      referrals: ['individual-therapy'],
    },
    {
      id: 'since.missed-doses',
      when: { item: 'since.missed-doses', eq: 'three-or-more' },
      domain: 'readiness-preferences',
      finding: {
        en: 'Reports missing three or more medicine doses in the past week.',
        es: 'Informa que se saltó tres o más dosis de su medicamento en la última semana.',
      },
      planning: {
        en: 'Ask what makes taking the medicine hard (cost, transport, side effects).',
        es: 'Preguntar qué dificulta tomar el medicamento (costo, transporte, efectos secundarios).',
      },
      urgency: 'priority',
      referrals: ['moud-evaluation'],
    },
    {
      id: 'since.no-support',
      when: { item: 'support.helped', includes: 'none' },
      domain: 'recovery-environment',
      finding: {
        en: 'Reports that none of the listed supports helped in the past week.',
        es: 'Informa que ninguno de los apoyos de la lista le ayudó en la última semana.',
      },
      referrals: ['peer-support'],
    },
  ],
});

import { NOT_VALIDATED } from '../../src/index.js';
import type { QuestionnaireModule } from '../module.js';

/**
 * "About this intake": what the intake is for, that it is not a diagnosis, who
 * reads it, and which questions need an answer (the screens, most of which
 * take "Prefer not to answer"; the mood and worry questions need one of their
 * answers) and which may be skipped. Shown first so the person knows what they
 * are agreeing to before any question is asked.
 *
 * @example
 * ```ts
 * import { aboutModule } from 'intake-screening/questionnaires';
 * aboutModule.sections[0].items[0].kind; // 'display'
 * ```
 */
export const aboutModule = {
  sections: [
    {
      id: 'about',
      title: { en: 'About this intake', es: 'Acerca de este cuestionario de ingreso' },
      instrument: { kind: 'descriptive', name: 'About this intake', note: NOT_VALIDATED },
      items: [
        {
          id: 'about.purpose',
          kind: 'display',
          text: {
            en:
              'These questions help our team understand what is going on for you, so we can plan care that fits you. ' +
              'They ask about substance use, your health and mood, and your home and supports.',
            es:
              'Estas preguntas ayudan a nuestro equipo a entender lo que está pasando en su vida, para planificar una atención adecuada para usted. ' +
              'Preguntan sobre el consumo de sustancias, su salud y su estado de ánimo, y su hogar y sus apoyos.',
          },
        },
        {
          id: 'about.not-a-diagnosis',
          kind: 'display',
          text: {
            en:
              'This is not a test and it does not give a diagnosis. Your answers help a clinician decide what to talk about with you next. ' +
              'Only the staff caring for you will read them.',
            es:
              'Esto no es una prueba y no da un diagnóstico. Sus respuestas ayudan a un profesional clínico a decidir de qué hablar con usted después. ' +
              'Solo el personal que le atiende las leerá.',
          },
        },
        {
          id: 'about.your-choice',
          kind: 'display',
          text: {
            en:
              'Some questions need an answer so that the screening can be scored. For most of them you can choose "Prefer not to answer"; ' +
              'the questions about your mood and about worry need one of their answers. You can skip the other questions. ' +
              'There are no right or wrong answers. If you feel unsafe at any time, tell a member of staff right away.',
            es:
              'Algunas preguntas necesitan una respuesta para poder calificar la evaluación. En la mayoría puede elegir "Prefiero no responder"; ' +
              'las preguntas sobre su estado de ánimo y sobre la preocupación necesitan una de sus respuestas. Puede omitir las demás preguntas. ' +
              'No hay respuestas correctas ni incorrectas. Si en algún momento no se siente seguro(a), avise de inmediato a un miembro del personal.',
          },
        },
      ],
    },
  ],
} as const satisfies QuestionnaireModule;

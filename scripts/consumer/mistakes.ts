// Mistakes a clinic's developer makes. The consumer check type-checks this file in each fresh project: every line
// marked `// error: <text>` must be a compile error on that line whose message holds <text>, and no other line
// may have one.
import { createActor } from 'xstate';
import { createIntakeMachine, defineQuestionnaire, startIntake } from 'intake-screening';
import { gad7 } from 'intake-screening/questionnaires';

const actor = createActor(createIntakeMachine(gad7)).start();
actor.send({ type: 'ANSWER', itemId: 'gad7.q8', value: 1 }); // error: Type '"gad7.q8"' is not assignable to type '"gad7.q1" | "gad7.q2"
actor.send({ type: 'ANSWER', itemId: 'gad7.q1', value: 4 }); // error: Type '4' is not assignable to type '0 | 1 | 2 | 3 | null'
actor.send({ type: 'ANSWER', itemId: 'gad7.q1', value: 'often' }); // error: Type 'string' is not assignable to type '0 | 1 | 2 | 3 | null'
startIntake(gad7).answer('gad7.q0', 1); // error: Argument of type '"gad7.q0"' is not assignable

export const clinicScreen = defineQuestionnaire({
  id: 'clinic-screen',
  version: '1.0.0',
  title: { en: 'Clinic screen' },
  sections: [
    {
      id: 'use',
      title: { en: 'Use' },
      instrument: { kind: 'descriptive', name: 'Use' },
      items: [
        {
          id: 'use.route',
          kind: 'single',
          text: { en: 'How?' },
          options: [
            { value: 'smoking', text: { en: 'Smoking' } },
            { value: 'injection', text: { en: 'Injection' } },
          ],
        },
        { id: 'use.naloxone', kind: 'boolean', text: { en: 'Naloxone?' }, when: { item: 'use.rout', eq: 'injection' } }, // error: Unknown item 'use.rout'. Did you mean 'use.route'?
      ],
    },
  ],
});

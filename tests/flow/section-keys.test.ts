import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import { describeIntake } from '../../src/flow/intake-view.js';

const section = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: { en: id },
  instrument: { kind: 'descriptive', name: id },
  items: [{ id: `${id}.ok`, kind: 'boolean', text: { en: `${id}?` } }],
  ...extra,
});

describe('sections are addressed by position, whatever their ids (issue 16, case 9)', () => {
  it('keep the flow moving through every section, the safety section last among them, when one is hidden', () => {
    const q = parseQuestionnaire({
      id: 'keys',
      version: '1.0.0',
      title: { en: 'Keys' },
      sections: [section('x_1_2'), section('x.1', { when: { item: 'x_1_2.ok', eq: true } }), section('x_1'), section('safety')],
    });
    const actor = createActor(createIntakeMachine(q)).start();
    const visited: (string | undefined)[] = [];
    for (let i = 0; i < 6 && describeIntake(q, actor.getSnapshot()).status === 'answering'; i++) {
      visited.push(describeIntake(q, actor.getSnapshot()).section?.id);
      actor.send({ type: 'NEXT' });
      expect(actor.getSnapshot().context.issues).toEqual([]);
    }
    expect(visited).toEqual(['x_1_2', 'x_1', 'safety']);
    expect(actor.getSnapshot().value).toBe('review');
  });
});

import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';

const t = (en: string) => ({ en });
const yesNo = (id: string, when: unknown) => ({ id, kind: 'boolean', text: t(id), preferNotToAnswer: true, when });
const SCALE = [0, 1, 2, 3].map((value) => ({ value, text: t(String(value)) }));

/**
 * A small questionnaire that uses every condition kind and operator (the
 * bundled intake does not use score, positive, lt or lte conditions), plus a
 * score with a conditional item and a sex-style conditional cut-off, so the
 * twin converter is checked on all of them.
 */
export const operatorsQuestionnaire = parseQuestionnaire({
  id: 'operators',
  version: '1.0.0',
  title: t('Operators'),
  sections: [
    {
      id: 'first',
      title: t('First'),
      instrument: { kind: 'descriptive', name: 'First' },
      items: [
        { id: 'a', kind: 'single', text: t('a'), preferNotToAnswer: true, options: ['x', 'y', 'z'].map((value) => ({ value, text: t(value) })) },
        {
          id: 'm',
          kind: 'multi',
          text: t('m'),
          preferNotToAnswer: true,
          options: [...['p', 'q', 'r'].map((value) => ({ value, text: t(value) })), { value: 'none', text: t('none'), exclusive: true }],
        },
        { id: 'b', kind: 'boolean', text: t('b'), preferNotToAnswer: true },
        { id: 'n', kind: 'number', text: t('n'), min: 0, max: 10, integer: true, preferNotToAnswer: true },
        { id: 's1', kind: 'scale', text: t('s1'), options: SCALE, preferNotToAnswer: true },
        { id: 's2', kind: 'scale', text: t('s2'), options: SCALE, preferNotToAnswer: true },
        { id: 's3', kind: 'scale', text: t('s3'), options: SCALE },
        { id: 'h1', kind: 'scale', text: t('h1'), options: SCALE, when: { item: 'a', eq: 'y' } },
      ],
    },
    {
      id: 'second',
      title: t('Second'),
      instrument: { kind: 'descriptive', name: 'Second' },
      when: { any: [{ item: 'a', ne: 'z' }, { declined: 'm' }] },
      items: [
        { id: 'c1', kind: 'display', text: t('c1'), when: { item: 'a', eq: 'x' } },
        { id: 'c2', kind: 'text', text: t('c2'), when: { item: 'm', includes: 'q' } },
        yesNo('c3', { item: 'a', in: ['x', 'y'] }),
        yesNo('c4', { answered: 'm' }),
        yesNo('c5', { declined: 'a' }),
        yesNo('c6', { item: 'n', gt: 3 }),
        yesNo('c7', { item: 'n', gte: 3 }),
        yesNo('c8', { item: 'n', lt: 3 }),
        yesNo('c9', { item: 'n', lte: 3 }),
        yesNo('c10', { item: 'b', eq: false }),
        yesNo('c11', { not: { item: 'b', eq: true } }),
        yesNo('c12', { all: [{ answered: 'b' }, { item: 's1', gte: 2 }] }),
        yesNo('c13', { score: 'total', gte: 5 }),
        yesNo('c14', { score: 'total', lt: 2 }),
        yesNo('c15', { positive: 'total' }),
        yesNo('c16', { item: 'b', ne: true }),
        yesNo('c17', { declined: 's2' }),
        yesNo('c18', { score: 'total', lte: 3 }),
        yesNo('c19', { score: 'total', gt: 3 }),
        yesNo('c20', { positive: 'part' }),
        yesNo('c21', { answered: 'n' }),
        yesNo('c22', { not: { any: [{ answered: 'a' }, { item: 'm', includes: 'none' }] } }),
      ],
    },
  ],
  scores: [
    {
      id: 'total',
      title: t('Total'),
      section: 'first',
      items: ['s1', 's2', 's3'],
      bands: [{ min: 0, max: 9, label: t('Any') }],
      cutoffs: [{ gte: 4, when: { item: 'a', eq: 'x' } }, { gte: 6 }],
    },
    {
      id: 'part',
      title: t('Part'),
      section: 'first',
      items: ['s3', 'h1'],
      bands: [{ min: 0, max: 6, label: t('Any') }],
      cutoffs: [{ gte: 3 }],
    },
  ],
});

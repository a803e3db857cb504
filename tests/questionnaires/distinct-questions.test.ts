import { describe, expect, it } from 'vitest';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';

// Issue 20, finding 5: the full intake showed "Does this happen only while you are using or withdrawing?" twice side
// by side (voices, self-harm), so a person could not tell which answer was about what.
describe.each([
  ['substanceUseIntake', substanceUseIntake],
  ['briefScreen', briefScreen],
] as const)('%s', (_name, q) => {
  it.each(['en', 'es'] as const)('no two questions of a section read the same (%s)', (locale) => {
    for (const section of q.sections) {
      const texts = section.items.filter((i) => i.kind !== 'display').map((i) => (i.text as Record<string, string | undefined>)[locale] ?? i.text.en);
      expect(
        texts.filter((t, k) => texts.indexOf(t) !== k),
        section.id,
      ).toEqual([]);
    }
  });
});

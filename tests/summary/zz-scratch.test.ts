import { it } from 'vitest';
import { summarize } from '../../src/summary/summarize.js';
import { renderSummary } from '../../src/summary/render-summary.js';
import { testQuestionnaire } from './fixture.js';
import { writeFileSync } from 'node:fs';
it('scratch', () => {
  const s = summarize(testQuestionnaire, { 'use.substances': ['opioids', 'alcohol'], 'use.route': 'injection', 'use.naloxone': false, 'use.days': 25, 'use.sex': 'female', 'mood.q1': 2, 'mood.q2': 'prefer-not-to-answer' === 'x' ? 0 : 2, 'mood.q9': 1, 'alc.q1': 2, 'alc.q2': 1, 'setting.home': 'none', 'setting.transport': false, 'use.notes': '# hi <b>*x*</b>' });
  writeFileSync('/tmp/scratch/s.json', JSON.stringify(s, null, 2));
  writeFileSync('/tmp/scratch/c.txt', renderSummary(s, { format: 'text', audience: 'clinician' }));
  writeFileSync('/tmp/scratch/c.md', renderSummary(s, { format: 'markdown', audience: 'clinician' }));
  writeFileSync('/tmp/scratch/p.txt', renderSummary(s, { format: 'text', audience: 'patient' }));
  writeFileSync('/tmp/scratch/p-es.md', renderSummary(summarize(testQuestionnaire, {'safety.now': true}, {locale:'es'}), { format: 'markdown', audience: 'patient' }));
});

import { it } from 'vitest';
import { resolveAnswers } from '../../src/definition/resolve-answers.js';
import { indexOf } from '../../src/definition/define-questionnaire.js';
import { planOf } from '../../src/summary/summary-plan.js';
import { instrumentResult } from '../../src/summary/instrument-result.js';
import { evidenceOf } from '../../src/summary/evidence.js';
import { testQuestionnaire as q, calmAnswers } from './fixture.js';
it('bench', () => {
  const a = { ...calmAnswers, 'use.substances': ['opioids','alcohol'], 'use.route': 'injection', 'use.naloxone': false, 'mood.q9': 2, 'setting.home': 'none' };
  const time = (name: string, f: () => unknown, n = 5000) => { for (let i = 0; i < 200; i++) f(); const t = performance.now(); for (let i = 0; i < n; i++) f(); console.log(name, ((performance.now() - t) / n * 1000).toFixed(1), 'us'); };
  const plan = planOf(indexOf(q));
  time('rules test', () => { const r = resolveAnswers(q, a); for (const p of plan.rules) p.entry.test(r.evaluation); });
  time('triggers test', () => { const r = resolveAnswers(q, a); for (const p of plan.triggers) p.entry.test(r.evaluation); });
  time('scores', () => { const r = resolveAnswers(q, a); for (const s of plan.scores) instrumentResult(s, r.answers, r.evaluation, 'en'); });
  time('evidence', () => { const r = resolveAnswers(q, a); for (const p of plan.rules) evidenceOf(p.items, r.answers, r.evaluation, 'en'); });
  time('visible', () => { const r = resolveAnswers(q, a); for (const p of plan.answerable) r.evaluation.visible(p.item.id); });
}, 60000);

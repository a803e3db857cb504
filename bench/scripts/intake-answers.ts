import type { Answers, AnswerValue } from '../../src/definition/types.js';
import type { Person } from './person.js';
import type { Random } from './prng.js';

/** How one person answers one item, given what they answered before. */
export type Choice = (p: Person, r: Random, answers: Answers) => AnswerValue;

const SUBSTANCE_ORDER = [
  'heroin',
  'fentanyl',
  'prescription-opioids',
  'methadone-buprenorphine',
  'stimulants',
  'benzodiazepines',
  'alcohol',
  'cannabis',
  'other',
];
const FREQUENCY = ['daily', 'weekly', 'monthly', 'less-than-monthly'] as const;

const uses = (p: Person, ...names: string[]) => names.some((n) => p.substances.has(n));
const yes = (b: boolean): number => (b ? 1 : 0);
const tapsFrequency = (r: Random, used: boolean, daily: boolean): string =>
  used
    ? daily
      ? r.weighted([
          ['daily', 7],
          ['weekly', 3],
        ])
      : r.pick(FREQUENCY)
    : r.weighted([
        ['never', 8],
        ['less-than-monthly', 2],
      ]);
/** A 0–3 symptom frequency around a latent severity, with noise. */
const symptom = (r: Random, severity: number): number => Math.max(0, Math.min(3, Math.round(3 * severity + (r.next() - 0.5) * 1.6)));
/** Several of a multi item's options, or its exclusive "none". */
const some = (r: Random, options: readonly string[], none: string, pNone: number, max = 3): string[] => {
  if (r.chance(pNone)) return [none];
  const chosen = new Set<string>();
  const n = r.int(1, max);
  while (chosen.size < n) chosen.add(r.pick(options));
  return options.filter((o) => chosen.has(o));
};

/**
 * Answers for the items of the substance-use intake, in the person's terms.
 * Items not listed here get a generic answer (see `answerFor`).
 */
export const INTAKE_CHOICES: Readonly<Record<string, Choice>> = {
  'substance.used': (p) => SUBSTANCE_ORDER.filter((s) => p.substances.has(s)),
  'substance.used-other': (_p, r) => r.pick(['kratom', 'ketamine', 'inhalants']),
  'substance.main': (p) => SUBSTANCE_ORDER.find((s) => p.substances.has(s)) ?? 'other',
  'substance.frequency': (p, r) => (p.daily ? 'daily' : r.pick(['weekly', 'monthly', 'less'])),
  'substance.route': (p, r) => {
    const routes = new Set<string>();
    if (uses(p, 'prescription-opioids', 'methadone-buprenorphine', 'benzodiazepines', 'alcohol')) routes.add('swallowing');
    if (uses(p, 'cannabis', 'fentanyl', 'stimulants') && r.chance(0.7)) routes.add('smoking');
    if (uses(p, 'heroin', 'stimulants') && r.chance(0.3)) routes.add('snorting');
    if (p.injects) routes.add('injection');
    if (routes.size === 0) routes.add('smoking');
    return ['swallowing', 'smoking', 'snorting', 'injection', 'other'].filter((x) => routes.has(x));
  },
  'substance.shared-equipment': (_p, r) => r.chance(0.3),
  'substance.naloxone': (_p, r) =>
    r.weighted([
      ['yes', 5],
      ['no', 3.5],
      ['unsure', 1.5],
    ]),
  'substance.last-use': (p, r) =>
    p.daily
      ? r.weighted([
          ['today', 7],
          ['days', 3],
        ])
      : r.pick(['days', 'week', 'month', 'longer']),
  'substance.overdose': (p) => p.overdose,
  'substance.overdose-count': (_p, r) =>
    r.weighted([
      ['once', 5],
      ['two-to-three', 3],
      ['four-or-more', 2],
    ]),
  'substance.overdose-recent': (_p, r) => r.chance(0.5),
  'substance.prior-treatment': (_p, r) => r.chance(0.55),
  'substance.prior-treatment-end': (_p, r) =>
    r.weighted([
      ['completed', 3.5],
      ['left-early', 4.5],
      ['ongoing', 2],
    ]),
  'substance.prior-treatment-return': (_p, r) => (r.chance(0.7) ? 'yes' : 'no'),

  'taps.tobacco.frequency': (p, r) => tapsFrequency(r, p.tobacco, true),
  'taps.alcohol.frequency': (p, r) => tapsFrequency(r, uses(p, 'alcohol'), p.daily && r.chance(0.4)),
  'taps.drugs.frequency': (p, r) => tapsFrequency(r, uses(p, 'heroin', 'fentanyl', 'stimulants', 'cannabis', 'other'), p.daily),
  'taps.rx.frequency': (p, r) => tapsFrequency(r, uses(p, 'prescription-opioids', 'methadone-buprenorphine', 'benzodiazepines'), p.daily),
  'taps.tobacco.cigarettes': (p) => yes(p.tobacco),
  'taps.alcohol.any': (p) => yes(uses(p, 'alcohol')),
  'taps.marijuana.any': (p) => yes(uses(p, 'cannabis')),
  'taps.cocaine.any': (p) => yes(uses(p, 'stimulants')),
  'taps.heroin.any': (p) => yes(uses(p, 'heroin', 'fentanyl')),
  'taps.rx-opioids.any': (p) => yes(uses(p, 'prescription-opioids', 'methadone-buprenorphine')),
  'taps.sedatives.any': (p) => yes(uses(p, 'benzodiazepines')),
  'taps.rx-stimulants.any': (_p, r) => yes(r.chance(0.05)),
  'taps.other.any': (p) => (uses(p, 'other') ? 'yes' : 'no'),
  'taps.other.which': (_p, r) => r.pick(['kratom', 'ketamine', 'inhalants']),

  'auditc.sex': (p) => p.sex,
  'auditc.q1': (p, r) =>
    uses(p, 'alcohol')
      ? r.int(2, 4)
      : r.weighted([
          [0, 7],
          [1, 3],
        ]),
  'auditc.q2': (p, r) => (uses(p, 'alcohol') ? r.int(0, 4) : r.int(0, 1)),
  'auditc.q3': (p, r) => (uses(p, 'alcohol') ? r.int(1, 4) : r.int(0, 1)),

  'withdrawal.symptoms': (p, r) =>
    some(
      r,
      ['anxiety', 'low-mood', 'vomiting', 'diarrhea', 'muscle-aches', 'sweating', 'restlessness', 'sleeplessness', 'cravings'],
      'none',
      p.daily ? 0.15 : 0.6,
      5,
    ),
  'withdrawal.history': (_p, r) => some(r, ['seizures', 'hallucinations', 'hospital'], 'none', 0.75, 2),

  'asq.q1': (p, r) => yes(p.suicidalThoughts && r.chance(0.7)),
  'asq.q2': (p, r) => yes(p.suicidalThoughts && r.chance(0.6)),
  'asq.q3': (p, r) => yes(p.suicidalThoughts && r.chance(0.3)),
  'asq.q4': (p, r) => yes(p.suicidalThoughts && r.chance(0.4)),
  'asq.q4.how-when': () => 'Some time ago, I would rather talk about it in person.',
  'asq.q5': (p) => (p.acuteRisk ? 'yes' : 'no'),

  'phq9.q9': (p, r) => (p.suicidalThoughts ? r.int(1, 3) : yes(r.chance(0.03 * p.depression))),
  'pcptsd5.exposure': (p) => (p.trauma ? 'yes' : 'no'),

  'cooccurring.concerns': (p, r) => {
    const concerns = some(r, ['mood-swings', 'voices', 'eating', 'self-harm-past'], 'none', 0.55, 2);
    // Self-harm now is rare and tied to the suicide screen, as it would be.
    return p.acuteRisk && r.chance(0.5) ? [...concerns.filter((c) => c !== 'none'), 'self-harm-now'] : concerns;
  },
  'preferences.moud': (p, r) =>
    p.opioids
      ? r.weighted([
          ['yes', 4],
          ['maybe', 3],
          ['already', 2],
          ['no', 1],
        ])
      : r.weighted([
          ['not-relevant', 7],
          ['maybe', 2],
          ['no', 1],
        ]),
};

/** Latent severities for the symptom scales, by item id prefix. */
export function scaleSeverity(itemId: string, p: Person): number | undefined {
  if (itemId.startsWith('phq9.q')) return p.depression;
  if (itemId.startsWith('gad7.q')) return p.anxiety;
  return undefined;
}

export { symptom };

import type { Random } from './prng.js';

/** The traits behind one person's answers, drawn once so their answers hang together. */
export interface Person {
  /** Substances used in the past year (option values of `substance.used`). */
  readonly substances: ReadonlySet<string>;
  readonly opioids: boolean;
  readonly injects: boolean;
  readonly tobacco: boolean;
  /** Uses daily. */
  readonly daily: boolean;
  /** 0–1: how heavy depressive symptoms are; 0–1 for anxiety. */
  readonly depression: number;
  readonly anxiety: number;
  /** Rare: thoughts of suicide (ASQ yes answers, PHQ-9 item 9). Rarer: acute risk now. */
  readonly suicidalThoughts: boolean;
  readonly acuteRisk: boolean;
  readonly trauma: boolean;
  readonly overdose: boolean;
  readonly sex: 'female' | 'male';
  /** Chance of "prefer not to answer" on an item that offers it; of skipping an optional item. */
  readonly declines: number;
  readonly skips: number;
}

const OPIOIDS = ['heroin', 'fentanyl', 'prescription-opioids', 'methadone-buprenorphine'] as const;

/**
 * Draw a person for a substance-use treatment intake: most use opioids
 * (often with other substances), some inject, a few report past overdoses,
 * mood and anxiety vary, and suicide-screen positives are rare.
 *
 * @param r - The seeded random source.
 * @returns The person's traits.
 */
export function drawPerson(r: Random): Person {
  const substances = new Set<string>();
  const opioidUser = r.chance(0.72);
  if (opioidUser) {
    if (r.chance(0.5)) substances.add('heroin');
    if (r.chance(0.55)) substances.add('fentanyl');
    if (r.chance(0.25)) substances.add('prescription-opioids');
    if (r.chance(0.1)) substances.add('methadone-buprenorphine');
    if (![...substances].some((s) => (OPIOIDS as readonly string[]).includes(s))) substances.add(r.pick(OPIOIDS));
  }
  if (r.chance(0.35)) substances.add('stimulants');
  if (r.chance(opioidUser ? 0.15 : 0.2)) substances.add('benzodiazepines');
  if (r.chance(opioidUser ? 0.35 : 0.6)) substances.add('alcohol');
  if (r.chance(0.4)) substances.add('cannabis');
  if (r.chance(0.05)) substances.add('other');
  if (substances.size === 0) substances.add(r.pick(['alcohol', 'stimulants', 'cannabis']));
  const opioids = [...substances].some((s) => (OPIOIDS as readonly string[]).includes(s));
  const injects = r.chance(substances.has('heroin') || substances.has('fentanyl') ? 0.4 : substances.has('stimulants') ? 0.1 : 0.02);
  const depression = Math.min(1, r.next() ** 1.4 * 1.1);
  const suicidalThoughts = r.chance(0.04 + 0.08 * depression);
  return {
    substances,
    opioids,
    injects,
    tobacco: r.chance(0.7),
    daily: r.chance(opioids ? 0.65 : 0.4),
    depression,
    anxiety: Math.min(1, 0.6 * depression + 0.4 * r.next()),
    suicidalThoughts,
    acuteRisk: suicidalThoughts && r.chance(0.2),
    trauma: r.chance(0.55),
    overdose: r.chance(opioids ? 0.35 : 0.06),
    sex: r.chance(0.4) ? 'female' : 'male',
    declines: r.weighted([
      [0, 6],
      [0.02, 3],
      [0.08, 1],
    ]),
    skips: r.weighted([
      [0, 6],
      [0.05, 3],
      [0.2, 1],
    ]),
  };
}

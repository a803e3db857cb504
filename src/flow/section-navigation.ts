import type { Evaluation } from '../engine/evaluation.js';

/** Whether a section is shown and has at least one visible item. */
export function sectionShown(ev: Evaluation, index: number): boolean {
  const s = ev.index.sections[index];
  if (!s || !ev.sectionVisible(index)) return false;
  for (const entry of s.items) if (ev.shown(entry)) return true;
  return false;
}

/** The next shown section after `from`, or `sections.length` (review). */
export function nextSection(ev: Evaluation, from: number): number {
  const count = ev.index.sections.length;
  for (let i = from + 1; i < count; i++) if (sectionShown(ev, i)) return i;
  return count;
}

/** The previous shown section before `from`, or -1 when there is none. */
export function previousSection(ev: Evaluation, from: number): number {
  for (let i = Math.min(from, ev.index.sections.length) - 1; i >= 0; i--) if (sectionShown(ev, i)) return i;
  return -1;
}

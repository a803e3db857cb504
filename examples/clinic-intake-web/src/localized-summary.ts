import type { Actor } from 'xstate';
import { type IntakeMachine, resumeIntake } from 'intake-screening';

/**
 * The flow in the page's language. The locale is an input of the flow, and the
 * summary the page shows is the flow's own output; when the person switches
 * language, the flow goes on from its persisted snapshot with the new locale
 * (the same answers, position and raised triggers), so a flag whose answer the
 * person changed (disclosed, saw the crisis panel, then took it back) stays in
 * the care team's view, marked as changed, in every language.
 *
 * @param machine - The page's machine.
 * @param actor - The running (or finished) flow.
 * @param locale - The page's language.
 * @returns The same actor when its locale is that language already, else the flow resumed in it (the old actor is stopped).
 * @example
 * ```ts
 * actor = flowInLocale(machine, actor, 'es');
 * const summary = actor.getSnapshot().output; // in Spanish once the flow is done
 * ```
 */
export function flowInLocale(machine: IntakeMachine, actor: Actor<IntakeMachine>, locale: string): Actor<IntakeMachine> {
  if (actor.getSnapshot().context.locale === locale) return actor;
  const persisted = actor.getPersistedSnapshot();
  actor.stop();
  return resumeIntake(machine, persisted, { locale });
}

// A clinic's React app, as the consumer check builds it with the lowest peers the package allows (React 18.0,
// @xstate/react 5.0, @types/react 18) and with the newest (React 19, @xstate/react 6): the typed `useIntake` hook and
// `<IntakeForm>`, rendered with react-dom/server in Node (no DOM). It prints what it got.
import { createElement as h, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { gad7 } from 'intake-screening/questionnaires';
import { IntakeForm, useIntake, type UseIntakeResult } from 'intake-screening/react';
import type { IntakeStore } from 'intake-screening/web';

// The app's own store: progress kept in memory, as a server-side session would keep it.
let kept: unknown;
const store: IntakeStore = {
  load: () => kept,
  save: (snapshot) => {
    kept = snapshot;
  },
  clear: () => {
    kept = undefined;
  },
  setAside: () => undefined,
};

function render(): UseIntakeResult<typeof gad7> {
  let result: UseIntakeResult<typeof gad7> | undefined;
  function Probe(): ReactElement {
    result = useIntake(gad7, { store });
    return h('p', null, result.state.status);
  }
  renderToString(h(Probe));
  if (result === undefined) throw new Error('the component did not render');
  return result;
}

const fresh = render();
// Nothing answers for the person: every item starts unanswered.
const unanswered = fresh.state.items.filter((item) => item.answer === undefined).length;
for (const itemId of ['gad7.q1', 'gad7.q2', 'gad7.q3', 'gad7.q4', 'gad7.q5', 'gad7.q6', 'gad7.q7'] as const) fresh.answer(itemId, 3);
const moved = fresh.next();
fresh.submit();
const done = render();

console.log(
  JSON.stringify({
    unanswered,
    moved,
    status: done.state.status,
    urgency: done.summary?.urgency.level,
    scores: done.summary?.instruments.map((r) => [r.scoreId, r.score]),
    element: renderToString(h(IntakeForm, { questionnaire: gad7, locale: 'es' })),
  }),
);

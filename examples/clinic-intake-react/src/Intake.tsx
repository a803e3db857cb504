import type { Questionnaire } from 'intake-screening';
import { IntakeForm } from 'intake-screening/react';

/** Send something to your clinic's own server (never a third party). */
export type Send = (path: '/api/intake' | '/api/intake/safety' | '/api/intake/unrestored', body: unknown) => void;

/** The intake for the person: every control, the crisis panel, save and resume are the element's. */
export function Intake({ questionnaire, locale, send }: { questionnaire: Questionnaire; locale: 'en' | 'es'; send: Send }) {
  return (
    <IntakeForm
      questionnaire={questionnaire}
      locale={locale}
      // Progress in the tab's title; it only moves forward.
      onProgress={({ value }) => {
        document.title = `${Math.round(value * 100)}% · Before your visit`;
      }}
      // Staff are told at once; the detail names triggers and urgency, never answers.
      onSafety={({ urgency, triggers }) => send('/api/intake/safety', { urgency, triggers: triggers.map((t) => t.id) })}
      // The summary is for the care team, with the snapshot (every answer the person gave).
      onComplete={({ summary, snapshot }) => send('/api/intake', { summary, snapshot })}
      // A stored intake the form could not resume was set aside, not deleted: send it on.
      onRestore={(detail) => {
        if (detail.outcome === 'refused') send('/api/intake/unrestored', detail.stored);
      }}
    />
  );
}

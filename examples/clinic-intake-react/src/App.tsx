import { useEffect, useState } from 'react';
import type { Questionnaire } from 'intake-screening';
import { Intake } from './Intake.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { sendToClinic } from './outbox.js';

/**
 * The person's page: a language switch and the intake (`<IntakeForm>`, in Intake.tsx, the guide's sample). The
 * person sees their own summary at the end; the care team's view is never on this page.
 */
export function App({ questionnaire, initialLocale }: { questionnaire: Questionnaire; initialLocale: 'en' | 'es' }) {
  const [locale, setLocale] = useState(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <main>
      <header>
        <h1>{locale === 'es' ? 'Antes de su consulta' : 'Before your visit'}</h1>
        <LanguageSwitch locale={locale} onChange={setLocale} />
      </header>
      <Intake questionnaire={questionnaire} locale={locale} send={sendToClinic} />
    </main>
  );
}

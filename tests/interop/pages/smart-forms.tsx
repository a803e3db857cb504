// CSIRO's Smart Forms renderer 1.4 (React 19) over toFhirQuestionnaire's export, set up as its README says:
// buildForm(), then <BaseRenderer/> inside its theme and a react-query provider; the host reads the
// QuestionnaireResponse back with getResponse().
import { BaseRenderer, buildForm, getResponse, RendererThemeProvider, useRendererQueryClient } from '@aehrc/smart-forms-renderer';
import { QueryClientProvider } from '@tanstack/react-query';
import { toFhirQuestionnaire } from 'intake-screening/fhir';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { exposeRead, markError, markReady, questionnaire } from './interop.js';

// One language: Smart Forms 1.4 reads no translation extensions, and it never shows a check box as ticked when the
// option's coding carries them (`_display`); see toFhirQuestionnaire's `locale`.
const { resource } = toFhirQuestionnaire(questionnaire(), { locale: 'en' });

function App() {
  const queryClient = useRendererQueryClient();
  const [built, setBuilt] = useState(false);
  useEffect(() => {
    // Any value set the renderer cannot expand would go to a public Ontoserver by default: keep it on loopback.
    buildForm({ questionnaire: resource as never, terminologyServerUrl: `${location.origin}/no-terminology-server` })
      .then(() => {
        exposeRead(() => getResponse());
        setBuilt(true);
      })
      .catch(markError);
  }, []);
  useEffect(() => {
    if (built) markReady();
  }, [built]);
  if (!built) return <p>Loading…</p>;
  return (
    <RendererThemeProvider>
      {/* Same react-query at run time; the renderer's CommonJS typings name another copy of the QueryClient type. */}
      <QueryClientProvider client={queryClient as never}>
        <BaseRenderer />
      </QueryClientProvider>
    </RendererThemeProvider>
  );
}

createRoot(document.getElementById('root')!, { onUncaughtError: markError, onCaughtError: markError }).render(<App />);

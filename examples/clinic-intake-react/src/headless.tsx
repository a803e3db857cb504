import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HeadlessIntake } from './HeadlessIntake.js';
import { fromAddress } from './questionnaires.js';

const { questionnaire, locale } = fromAddress(location.search);
document.documentElement.lang = locale;
const root = document.getElementById('root');
if (root === null) throw new Error('The page needs a #root element.');
createRoot(root).render(
  <StrictMode>
    <main>
      <h1>{locale === 'es' ? 'Antes de su consulta' : 'Before your visit'}</h1>
      <HeadlessIntake questionnaire={questionnaire} locale={locale} />
    </main>
  </StrictMode>,
);

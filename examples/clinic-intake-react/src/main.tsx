import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { fromAddress } from './questionnaires.js';

const { questionnaire, locale } = fromAddress(location.search);
const root = document.getElementById('root');
if (root === null) throw new Error('The page needs a #root element.');
createRoot(root).render(
  <StrictMode>
    <App questionnaire={questionnaire} initialLocale={locale} />
  </StrictMode>,
);

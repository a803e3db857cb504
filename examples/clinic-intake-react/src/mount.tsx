import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { fromAddress } from './questionnaires.js';

/** Render a page's app into #root (in StrictMode, as a new React app is), given the questionnaire and language of the address. */
export function mount(page: (address: ReturnType<typeof fromAddress>) => ReactNode): void {
  const address = fromAddress(location.search);
  document.documentElement.lang = address.locale;
  const root = document.getElementById('root');
  if (root === null) throw new Error('The page needs a #root element.');
  createRoot(root).render(<StrictMode>{page(address)}</StrictMode>);
}

/** A page's main landmark with its heading, in the page's language. */
export function Page({ locale, children }: { locale: 'en' | 'es'; children: ReactNode }) {
  return (
    <main>
      <h1>{locale === 'es' ? 'Antes de su consulta' : 'Before your visit'}</h1>
      {children}
    </main>
  );
}

/** Two buttons, each named in its own language; the pressed one is the page's language. */
export function LanguageSwitch({ locale, onChange }: { locale: 'en' | 'es'; onChange: (locale: 'en' | 'es') => void }) {
  return (
    <div role="group" aria-label={locale === 'es' ? 'Idioma' : 'Language'}>
      <button type="button" lang="en" aria-pressed={locale === 'en'} onClick={() => onChange('en')}>
        English
      </button>{' '}
      <button type="button" lang="es" aria-pressed={locale === 'es'} onClick={() => onChange('es')}>
        Español
      </button>
    </div>
  );
}

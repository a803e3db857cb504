// The expected texts these tests compute in Spanish come from the built package, with its Spanish pack registered
// as a host would (the pages register it themselves).
import { registerLocale } from 'intake-screening';
import { es } from 'intake-screening/locales/es';

const registered = registerLocale(es);
if (!registered.success) throw new Error(`The Spanish pack does not register: ${registered.issues.map((i) => i.message).join(' ')}`);

// Every test file runs as a host that registered the Spanish pack at start-up, as the CLI, <intake-form>, the React
// entry and the examples do. tests/locale/locale-pack.test.ts checks the unregistered case in a fresh module graph.
import { es } from '../../src/locales/es.js';
import { registerLocale } from '../../src/summary/register-locale.js';

const registered = registerLocale(es);
if (!registered.success) throw new Error(`The Spanish pack does not register: ${registered.issues.map((i) => i.message).join(' ')}`);

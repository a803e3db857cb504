import { App } from './App.js';
import { mount } from './mount.js';

mount(({ questionnaire, locale }) => <App questionnaire={questionnaire} initialLocale={locale} />);

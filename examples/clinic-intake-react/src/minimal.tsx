import { mount, Page } from './mount.js';
import { SafetyQuestions } from './SafetyQuestions.js';

mount(({ locale }) => (
  <Page locale={locale}>
    <SafetyQuestions locale={locale} />
  </Page>
));

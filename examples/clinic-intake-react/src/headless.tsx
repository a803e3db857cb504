import { HeadlessIntake } from './HeadlessIntake.js';
import { mount, Page } from './mount.js';

mount(({ questionnaire, locale }) => (
  <Page locale={locale}>
    <HeadlessIntake questionnaire={questionnaire} locale={locale} />
  </Page>
));

import { followUpCheckIn } from './follow-up-check-in.js';
import { startIntakeApp } from './intake-app.js';
import { webStorageStore } from './storage.js';

const root = document.getElementById('app');
if (root === null) throw new Error('The page needs an element with id "app".');
startIntakeApp({ root, questionnaire: followUpCheckIn, store: webStorageStore(`intake-screening/${followUpCheckIn.id}`) });

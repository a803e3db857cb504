import { briefScreen } from 'intake-screening/questionnaires';
import { startIntakeApp } from './intake-app.js';
import { webStorageStore } from './storage.js';

const root = document.getElementById('app');
if (root === null) throw new Error('The page needs an element with id "app".');
startIntakeApp({ root, questionnaire: briefScreen, store: webStorageStore(`intake-screening/${briefScreen.id}`) });

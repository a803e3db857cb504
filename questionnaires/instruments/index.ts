/**
 * The validated screening instruments, each as a module to compose into an
 * intake (`…Module`) and as a complete questionnaire on its own.
 *
 * @packageDocumentation
 */
export { phq9Module, phq9 } from './phq9.js';
export { gad7Module, gad7 } from './gad7.js';
export { pcPtsd5Module, pcPtsd5 } from './pc-ptsd-5.js';
export { asqModule, asq } from './asq.js';
export { auditCModule, auditC } from './audit-c.js';
export { tapsModule, taps } from './taps.js';
export { ciwaArModule, ciwaAr } from './ciwa-ar.js';

// An app that uses one bundled instrument: the consumer check bundles this and holds it to the instrument's budget.
import { gad7 } from 'intake-screening/questionnaires';

console.log(gad7.sections.map((s) => s.items.length).join(','));

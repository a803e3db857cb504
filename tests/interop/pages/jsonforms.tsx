// JSON Forms 3.8 (?set=vanilla | material) as a host would set it up from docs/form-schemas-and-fhir.md: the
// jsonforms profile with toUiSchema, Ajv2020, ValidateAndHide until submit, descriptions shown unfocused, hidden
// answers dropped on change.
import type { JsonSchema7, Middleware, UISchemaElement } from '@jsonforms/core';
import { materialCells, materialRenderers } from '@jsonforms/material-renderers';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { dropHiddenAnswers, toJsonSchema, toUiSchema } from 'intake-screening/json-schema';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { exposePending, exposeRead, markError, markReady, params, questionnaire } from './interop.js';

const q = questionnaire();
const material = params.get('set') === 'material';
const schema = toJsonSchema(q, { profile: 'jsonforms', keys: 'form' }).schema as JsonSchema7;
const uischema = toUiSchema(q, { keys: 'form' }).uischema as unknown as UISchemaElement;
const ajv = new Ajv2020({ allErrors: true, strict: false });
// By default both renderer sets show a control's description (our help text) only while it has the focus: clicking
// the control below a focused one hides the description above, the target moves up under the pointer between
// mousedown and mouseup, and the click is lost (AUDIT-C q3 after q2). Showing descriptions always keeps them still.
const config = { showUnfocusedDescription: true };

// For the harness only: the renderer's own data (its core state) beside the data the host holds. JSON Forms emits
// onChange debounced (10 ms) and copies the `data` prop back into its state in an effect, so a change made before
// the previous one has come back as the prop is overwritten by it (the "lost clicks"). A driver waits until both
// are the same object before its next input, as a person is slow enough to do.
let rendererData: unknown;
const middleware: Middleware = (state, action, reducer) => {
  const next = reducer(state, action);
  rendererData = next.data;
  return next;
};

function App() {
  const [data, setData] = useState<Record<string, unknown>>({});
  useEffect(() => {
    exposeRead(() => data);
    exposePending(() => rendererData !== data);
  }, [data]);
  useEffect(markReady, []);
  return (
    <JsonForms
      schema={schema}
      uischema={uischema}
      data={data}
      ajv={ajv}
      validationMode="ValidateAndHide"
      middleware={middleware}
      config={config}
      renderers={material ? materialRenderers : vanillaRenderers}
      cells={material ? materialCells : vanillaCells}
      onChange={({ data: next }) => {
        // Returns `next` itself when nothing is hidden, so React sees no change.
        setData(dropHiddenAnswers(q, (next ?? {}) as Record<string, unknown>, { keys: 'form' }).data);
      }}
    />
  );
}

createRoot(document.getElementById('root')!, { onUncaughtError: markError, onCaughtError: markError }).render(<App />);

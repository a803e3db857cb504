// JSON Forms 3.8 (?set=vanilla | material) as a host would set it up from docs/form-schemas-and-fhir.md: the
// jsonforms profile with toUiSchema, Ajv2020, ValidateAndHide until submit, hidden answers dropped on change.
import type { JsonSchema7, UISchemaElement } from '@jsonforms/core';
import { materialCells, materialRenderers } from '@jsonforms/material-renderers';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { dropHiddenAnswers, toJsonSchema, toUiSchema } from 'intake-screening/json-schema';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { exposeRead, markError, markReady, params, questionnaire } from './interop.js';

const q = questionnaire();
const material = params.get('set') === 'material';
const schema = toJsonSchema(q, { profile: 'jsonforms', keys: 'form' }).schema as JsonSchema7;
const uischema = toUiSchema(q, { keys: 'form' }).uischema as unknown as UISchemaElement;
const ajv = new Ajv2020({ allErrors: true, strict: false });

function App() {
  const [data, setData] = useState<Record<string, unknown>>({});
  useEffect(() => exposeRead(() => data), [data]);
  useEffect(markReady, []);
  return (
    <JsonForms
      schema={schema}
      uischema={uischema}
      data={data}
      ajv={ajv}
      validationMode="ValidateAndHide"
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

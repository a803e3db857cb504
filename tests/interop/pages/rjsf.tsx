// react-jsonschema-form 6 (core theme) as a host would set it up from docs/form-schemas-and-fhir.md: the rjsf
// profile, toRjsfUiSchema's labels and widgets, ajv for draft 2020-12, hidden answers dropped on change.
import Form from '@rjsf/core';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { type CustomValidatorOptionsType, customizeValidator } from '@rjsf/validator-ajv8';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { dropHiddenAnswers, toJsonSchema, toRjsfUiSchema } from 'intake-screening/json-schema';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { exposeRead, markError, markReady, questionnaire } from './interop.js';

const q = questionnaire();
const schema = toJsonSchema(q, { profile: 'rjsf', keys: 'form' }).schema as RJSFSchema;
const uiSchema = toRjsfUiSchema(q, { keys: 'form' }) as UiSchema;
// Ajv2020 is an Ajv subclass; the option is typed as the package's default export, hence the cast.
const validator = customizeValidator({ AjvClass: Ajv2020 as unknown as NonNullable<CustomValidatorOptionsType['AjvClass']> });

function App() {
  const [formData, setFormData] = useState<Record<string, unknown>>({});
  useEffect(() => exposeRead(() => formData), [formData]);
  useEffect(markReady, []);
  return (
    <Form
      schema={schema}
      uiSchema={uiSchema}
      validator={validator}
      formData={formData}
      onChange={({ formData: next }) => setFormData(dropHiddenAnswers(q, (next ?? {}) as Record<string, unknown>, { keys: 'form' }).data)}
    />
  );
}

createRoot(document.getElementById('root')!, { onUncaughtError: markError, onCaughtError: markError }).render(<App />);

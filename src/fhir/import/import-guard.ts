import { scanJson } from '../../definition/define-questionnaire.js';
import { issue } from '../../issues/issue.js';
import { QuestionnaireError } from '../../issues/questionnaire-error.js';

/** Most JSON values (objects, arrays, primitives) an imported resource may hold. */
export const MAX_FHIR_NODES = 250_000;
/** Longest string an imported resource may hold. */
export const MAX_FHIR_STRING = 200_000;

/**
 * Refuse input that is not a JSON object of the expected resource type, that
 * is huge, nested too deep, or holds prototype-polluting keys, before any
 * other code reads it. Counting is iterative so hostile input cannot exhaust
 * the stack; depth and keys are then checked by the definition's own scan.
 *
 * @throws QuestionnaireError naming what was refused.
 */
export function guardResource(json: unknown, resourceType: 'Questionnaire' | 'QuestionnaireResponse'): Record<string, unknown> {
  const refuse = (path: (string | number)[], message: string): never => {
    throw new QuestionnaireError([issue('invalid-definition', path, message)]);
  };
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    refuse([], `Input must be a FHIR ${resourceType} resource (a JSON object). Ensure that the input is parsed JSON.`);
  }
  let nodes = 1;
  const stack: unknown[] = [json];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string' && value.length > MAX_FHIR_STRING) refuse([], `Input holds a string longer than ${MAX_FHIR_STRING} characters.`);
    if (value === null || typeof value !== 'object') continue;
    const children = Array.isArray(value) ? (value as unknown[]) : Object.values(value as object);
    nodes += children.length;
    if (nodes > MAX_FHIR_NODES) refuse([], `Input holds more than ${MAX_FHIR_NODES} JSON values. Ensure that the input is a single ${resourceType}.`);
    // A loop, not push(...children): spreading a huge array would overflow the argument limit.
    for (const child of children) stack.push(child);
  }
  const danger = scanJson(json);
  if (danger) throw new QuestionnaireError([danger]);
  const resource = json as Record<string, unknown>;
  if (resource.resourceType !== resourceType) {
    refuse(
      ['resourceType'],
      `Input has resourceType ${typeof resource.resourceType === 'string' ? `"${resource.resourceType.slice(0, 40)}"` : 'missing'}; expected "${resourceType}".`,
    );
  }
  return resource;
}

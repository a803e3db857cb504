import type { Categorization, Category, Condition as JsonFormsCondition, ControlElement, JsonSchema7, LabelElement } from '@jsonforms/core';
import type { SchemaObject } from 'ajv';
import { describe, expectTypeOf, it } from 'vitest';
import type { ItemKind } from '../../src/definition/item.js';
import type {
  ExportOptions,
  JsonSchema,
  JsonSchemaExport,
  JsonSchemaOptions,
  RjsfUiSchema,
  UiCategory,
  UiCondition,
  UiControl,
  UiLabel,
  UiSchema,
  UiSchemaExport,
} from '../../src/json-schema/index.js';
import { dropHiddenAnswers, toJsonSchema, toRjsfUiSchema, toUiSchema } from '../../src/json-schema/index.js';

type WithoutEffect<T> = T extends readonly (infer U)[]
  ? WithoutEffect<U>[]
  : T extends object
    ? { [K in keyof T]: K extends 'effect' ? unknown : WithoutEffect<T[K]> }
    : T;

describe('export types', () => {
  it('return the documented shapes', () => {
    expectTypeOf(toJsonSchema).returns.toEqualTypeOf<JsonSchemaExport>();
    expectTypeOf(toUiSchema).returns.toEqualTypeOf<UiSchemaExport>();
    expectTypeOf(toJsonSchema).parameter(1).toEqualTypeOf<JsonSchemaOptions | undefined>();
    expectTypeOf<JsonSchemaOptions>().toExtend<ExportOptions>();
    expectTypeOf(toRjsfUiSchema).returns.toEqualTypeOf<RjsfUiSchema>();
    expectTypeOf(dropHiddenAnswers).returns.toEqualTypeOf<{ readonly data: Record<string, unknown>; readonly dropped: Record<string, unknown> }>();
  });

  it('fit ajv and JSON Forms without a cast', () => {
    expectTypeOf<JsonSchema>().toExtend<SchemaObject>();
    expectTypeOf<JsonSchema>().toExtend<JsonSchema7>();
    expectTypeOf<UiCondition>().toExtend<JsonFormsCondition>();
    // Only `effect` differs: JSON Forms types it as an enum a literal cannot be assigned to.
    expectTypeOf<WithoutEffect<UiSchema>>().toExtend<WithoutEffect<Categorization>>();
    expectTypeOf<WithoutEffect<UiCategory>>().toExtend<WithoutEffect<Category>>();
    expectTypeOf<WithoutEffect<UiControl>>().toExtend<WithoutEffect<ControlElement>>();
    expectTypeOf<WithoutEffect<UiLabel>>().toExtend<WithoutEffect<LabelElement>>();
  });

  it('refuse an unknown policy or key style', () => {
    // @ts-expect-error: not a policy
    toJsonSchema({} as never, { unsupported: 'ignore' });
    // @ts-expect-error: not a key style
    toUiSchema({} as never, { keys: 'dots' });
    // @ts-expect-error: not a profile
    toJsonSchema({} as never, { profile: 'survey-js' });
  });

  it('keep ItemKind the set the exporters cover', () => {
    expectTypeOf<ItemKind>().toEqualTypeOf<'single' | 'multi' | 'boolean' | 'scale' | 'number' | 'text' | 'date' | 'display'>();
  });
});

// A small TypeDoc plugin for the API reference (loaded by typedoc.json).
//
// - Names the four modules by their import specifiers ("intake-screening/fhir"),
//   not by their source folders.
// - Shows types written as `z.infer<typeof XSchema>` (or `DeepReadonly<…>` of
//   one) as the object types they resolve to (as `@useDeclaredType` would), so
//   readers see fields, not a zod schema they never import.
// - Shows a questionnaire, module or section type by its name (`Questionnaire`,
//   `QuestionnaireInput`, `QuestionnaireModule`, `Section`) wherever TypeScript
//   hands TypeDoc the expanded object type instead: the inferred literal types
//   of the bundled questionnaires (what makes `AnswersOf<typeof phq9>` exact)
//   and the read-only mapped `QuestionnaireInput` otherwise print in full, at
//   megabytes per page. docs/instruments.md lists the bundled items.
// - Shows `createIntakeMachine`'s result as `IntakeMachine`.
import { Comment, Converter, ReferenceType, ReflectionKind } from 'typedoc';

const MODULE_NAMES = {
  src: 'intake-screening',
  questionnaires: 'intake-screening/questionnaires',
  'src/json-schema': 'intake-screening/json-schema',
  'src/fhir': 'intake-screening/fhir',
};

const INFERRED = /^(?:DeepReadonly<)?z\.(?:infer|output)<typeof \w+>>?$/;
const NAMED = new Set(['Questionnaire', 'QuestionnaireInput', 'QuestionnaireDefinition', 'QuestionnaireModule', 'Section']);

/** @param {import('typedoc').Application} app */
export function load(app) {
  // TypeScript names a resolved union or object type after the alias that declares it, so
  // converting `Item`'s declared type would print `Item` again. The alias is hidden from that
  // one conversion and put back as soon as TypeDoc moves on to the next reflection.
  let restore;
  const putBack = () => {
    restore?.();
    restore = undefined;
  };
  for (const event of [Converter.EVENT_CREATE_SIGNATURE, Converter.EVENT_CREATE_PARAMETER, Converter.EVENT_CREATE_TYPE_PARAMETER]) {
    app.converter.on(event, putBack);
  }

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    putBack();
    if (!reflection.kindOf(ReflectionKind.TypeAlias)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const declaration = symbol?.declarations?.[0];
    const node = declaration && 'type' in declaration ? declaration.type : undefined;
    if (!symbol || !node || !INFERRED.test(node.getText())) return;
    reflection.comment ??= new Comment();
    reflection.comment.modifierTags.add('@useDeclaredType');
    const type = context.checker.getDeclaredTypeOfSymbol(symbol);
    if (type.aliasSymbol !== symbol) return;
    const { aliasSymbol, aliasTypeArguments } = type;
    type.aliasSymbol = undefined;
    type.aliasTypeArguments = undefined;
    restore = () => {
      type.aliasSymbol = aliasSymbol;
      type.aliasTypeArguments = aliasTypeArguments;
    };
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    putBack();
    const project = context.project;
    for (const module of project.getReflectionsByKind(ReflectionKind.Module)) {
      const name = MODULE_NAMES[module.name];
      if (name) module.name = name;
    }
    const aliases = new Map(
      project
        .getReflectionsByKind(ReflectionKind.TypeAlias)
        .filter((r) => NAMED.has(r.name) || r.name === 'IntakeMachine')
        .map((r) => [r.name, r]),
    );
    // Object types written once as zod and shown with their fields: found again by their field names.
    const shapeKey = (children) =>
      (children ?? [])
        .map((c) => c.name)
        .sort()
        .join(',');
    const shapes = new Map();
    for (const r of project.getReflectionsByKind(ReflectionKind.TypeAlias)) {
      if ((r.children?.length ?? 0) >= 3 && !shapes.has(shapeKey(r.children))) shapes.set(shapeKey(r.children), r);
      if (r.children?.length) aliases.set(r.name, r);
    }
    // Unions of object types (`Condition`, `Item`), found again by their members' field names.
    const unionKey = (type) =>
      type.types
        .map((t) => (t.type === 'reflection' ? `{${shapeKey(t.declaration.children)}}` : t.type === 'intrinsic' ? t.name : '?'))
        .sort()
        .join('|');
    const unions = new Map();
    for (const r of project.getReflectionsByKind(ReflectionKind.TypeAlias)) {
      if (r.type?.type === 'union' && r.type.types.every((t) => t.type === 'reflection') && !unions.has(unionKey(r.type))) unions.set(unionKey(r.type), r);
    }
    const reference = (name) => {
      const target = aliases.get(name);
      return target && ReferenceType.createResolvedReference(name, target, project);
    };

    /** The name an expanded object type is shown by, from its fields, or undefined. */
    const nameOf = (type, declared) => {
      const names = new Set((type.declaration.children ?? []).map((c) => c.name));
      const has = (...keys) => keys.every((k) => names.has(k));
      if (has('id', 'version', 'title', 'sections')) {
        return NAMED.has(declared) && declared !== 'Section' && declared !== 'QuestionnaireModule' ? declared : 'Questionnaire';
      }
      if (has('sections') && [...names].every((n) => ['sections', 'scores', 'rules', 'safety'].includes(n))) return 'QuestionnaireModule';
      if (has('id', 'title', 'instrument', 'items')) return 'Section';
      return shapes.get(shapeKey(type.declaration.children))?.name;
    };

    /** The type with every expanded questionnaire-like object replaced by a reference. */
    const shorten = (type, owner, declared) => {
      if (!type) return type;
      switch (type.type) {
        case 'reflection': {
          if (type.declaration === owner) return type;
          const name = nameOf(type, declared);
          const ref = name && aliases.get(name) !== owner ? reference(name) : undefined;
          if (!ref) return type;
          project.removeReflection(type.declaration);
          return ref;
        }
        case 'union': {
          const alias = unions.get(unionKey(type));
          if (alias && alias !== owner) {
            aliases.set(alias.name, alias);
            for (const t of type.types) if (t.type === 'reflection') project.removeReflection(t.declaration);
            return reference(alias.name);
          }
          type.types = type.types.map((t) => shorten(t, owner, declared));
          return type;
        }
        case 'intersection':
          type.types = type.types.map((t) => shorten(t, owner, declared));
          return type;
        case 'array':
          type.elementType = shorten(type.elementType, owner, declared);
          return type;
        case 'typeOperator':
          type.target = shorten(type.target, owner, declared);
          return type;
        case 'optional':
        case 'rest':
          type.elementType = shorten(type.elementType, owner, declared);
          return type;
        case 'reference':
          if (type.typeArguments) type.typeArguments = type.typeArguments.map((t) => shorten(t, owner, declared));
          return type;
        default:
          return type;
      }
    };

    const declaredName = (reflection) => {
      const declaration = context.getSymbolFromReflection(reflection)?.declarations?.[0];
      // A type parameter's reflection holds its constraint as `type`.
      const node = declaration?.constraint ?? declaration?.type;
      return node?.getText();
    };

    for (const reflection of Object.values(project.reflections)) {
      if (project.getReflectionById(reflection.id) !== reflection) continue; // removed above
      if (reflection.kindOf(ReflectionKind.TypeAlias) && (NAMED.has(reflection.name) || reflection.children)) continue;
      // An alias's own union stays; its members' fields are shortened as reflections of their own.
      if (reflection.kindOf(ReflectionKind.TypeAlias) && [...unions.values()].includes(reflection)) continue;
      if ('type' in reflection && reflection.type) reflection.type = shorten(reflection.type, reflection, declaredName(reflection));
      if ('default' in reflection && reflection.default) reflection.default = shorten(reflection.default, reflection, undefined);
    }

    // Fields of a type written as zod show the schema expression as a default value; a type has none.
    for (const property of project.getReflectionsByKind(ReflectionKind.Property)) {
      for (let p = property.parent; p; p = p.parent) {
        if (!p.kindOf(ReflectionKind.TypeAlias)) continue;
        delete property.defaultValue;
        break;
      }
    }

    const create = project.getReflectionsByKind(ReflectionKind.Function).find((r) => r.name === 'createIntakeMachine');
    const signature = create?.signatures?.[0];
    const machine = reference('IntakeMachine');
    if (signature && machine) {
      for (const r of Object.values(project.reflections)) {
        if (!r.kindOf(ReflectionKind.TypeLiteral)) continue;
        for (let p = r.parent; p; p = p.parent) {
          if (p !== signature) continue;
          project.removeReflection(r);
          break;
        }
      }
      signature.type = machine;
    }
  });
}

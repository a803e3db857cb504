/**
 * The locales every text of an imported definition has, so they can be
 * declared (`locales`) without the definition checks then reporting a missing
 * translation. A locale only some texts have stays usable, just undeclared.
 */
export function declaredLocales(def: unknown): string[] {
  let common: Set<string> | undefined;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const obj = value as Record<string, unknown>;
    // The same test the definition checks use to recognise a LocalizedText.
    if (typeof obj.en === 'string' && Object.values(obj).every((v) => typeof v === 'string')) {
      const here = new Set(Object.keys(obj).filter((k) => k !== 'en'));
      common = common === undefined ? here : new Set([...common].filter((l) => here.has(l)));
      return;
    }
    Object.values(obj).forEach(visit);
  };
  visit(def);
  return [...(common ?? [])].sort();
}

/**
 * State keys for sections. XState reads "." in a target as a path separator,
 * so ids are made safe and kept unique.
 */
export function sectionStateKeys(ids: readonly string[]): string[] {
  const used = new Set<string>();
  return ids.map((id, i) => {
    let key = id.replace(/[^A-Za-z0-9_-]/g, '_');
    if (used.has(key)) key = `${key}_${i}`;
    used.add(key);
    return key;
  });
}

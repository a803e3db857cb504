/**
 * State keys for sections. XState reads "." in a target as a path separator,
 * so other characters become "_", and a key that is already taken (ids that
 * differ only there, such as "x.1" and "x_1") gets a numeric suffix until it
 * is free: two sections never share a state, whatever their ids.
 */
export function sectionStateKeys(ids: readonly string[]): string[] {
  const used = new Set<string>();
  return ids.map((id, i) => {
    const base = id.replace(/[^A-Za-z0-9_-]/g, '_');
    let key = base;
    for (let n = 0; used.has(key); n++) key = n === 0 ? `${base}_${i}` : `${base}_${i}_${n}`;
    used.add(key);
    return key;
  });
}

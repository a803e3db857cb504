/**
 * A deep copy of plain data: arrays and objects are copied, every other value
 * is kept as it is. The flow hands its hosts a copy of its final summary, so
 * that the summary builders' allocations stay short-lived in every process
 * (docs/benchmarks.md, the note "The flow hands over a copy of its summary").
 */
export function plainCopy<T>(value: T): T {
  if (Array.isArray(value)) {
    const list: unknown[] = value.slice();
    for (let i = 0; i < list.length; i++) {
      const v = list[i];
      if (typeof v === 'object' && v !== null) list[i] = plainCopy(v);
    }
    return list as T;
  }
  const record: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key in record) {
    const v = record[key];
    if (typeof v === 'object' && v !== null) record[key] = plainCopy(v);
  }
  return record as T;
}

/**
 * A deterministic measure of work: the elements that linear searches
 * (`Array.prototype.includes` and `indexOf`) scan while `run` runs. A search
 * per element of a list is the usual way code turns quadratic; counting what
 * it scans shows that without timing anything.
 *
 * @param run - The work to measure.
 * @returns What `run` returned and the elements scanned.
 */
export function scannedBy<T>(run: () => T): { readonly result: T; readonly scanned: number } {
  const proto = Array.prototype as unknown as Record<'includes' | 'indexOf', (this: unknown[], ...args: unknown[]) => unknown>;
  const saved = { includes: proto.includes, indexOf: proto.indexOf };
  let scanned = 0;
  for (const name of ['includes', 'indexOf'] as const) {
    const original = saved[name];
    proto[name] = function (this: unknown[], ...args: unknown[]) {
      scanned += this.length;
      return original.apply(this, args);
    };
  }
  try {
    return { result: run(), scanned };
  } finally {
    proto.includes = saved.includes;
    proto.indexOf = saved.indexOf;
  }
}

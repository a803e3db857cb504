/** A Web Storage in memory, for testing stores in Node; `full` makes every write throw as a full quota does. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  full = false;

  get length(): number {
    return this.items.size;
  }

  clear(): void {
    this.items.clear();
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  setItem(key: string, value: string): void {
    if (this.full) throw new Error('QuotaExceededError');
    this.items.set(key, String(value));
  }
}

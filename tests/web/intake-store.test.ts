import { describe, expect, it } from 'vitest';
import { webStorageStore } from '../../src/web/intake-store.js';
import { MemoryStorage } from './memory-storage.js';

describe('webStorageStore', () => {
  it('keeps the snapshot as JSON under its key and forgets it on clear', () => {
    const storage = new MemoryStorage();
    const store = webStorageStore('intake-screening/x', storage);
    expect(store.load()).toBeUndefined();
    store.save({ status: 'active', context: { answers: { a: 1 } } });
    expect(storage.getItem('intake-screening/x')).toBe('{"status":"active","context":{"answers":{"a":1}}}');
    expect(store.load()).toEqual({ status: 'active', context: { answers: { a: 1 } } });
    store.clear();
    expect(store.load()).toBeUndefined();
  });

  it('hands damaged text on as text rather than deleting it', () => {
    const storage = new MemoryStorage();
    storage.setItem('k', '{"status":"act');
    const store = webStorageStore('k', storage);
    expect(store.load()).toBe('{"status":"act');
    expect(storage.getItem('k')).toBe('{"status":"act');
  });

  it('sets refused snapshots aside in a list beside the key, newest last, never deleting one', () => {
    const storage = new MemoryStorage();
    const store = webStorageStore('k', storage);
    store.setAside({ context: { answers: { 'asq.q1': 1 } } });
    store.setAside('{"damaged');
    expect(JSON.parse(storage.getItem('k:unrestored') ?? 'null')).toEqual([{ context: { answers: { 'asq.q1': 1 } } }, '{"damaged']);
    // A damaged list is kept as an entry of the new one.
    storage.setItem('k:unrestored', 'not json');
    store.setAside(3);
    expect(JSON.parse(storage.getItem('k:unrestored') ?? 'null')).toEqual(['not json', 3]);
    store.clear();
    expect(storage.getItem('k:unrestored')).not.toBeNull();
  });

  it('goes on without throwing when storage is full or blocked', () => {
    const storage = new MemoryStorage();
    storage.full = true;
    const store = webStorageStore('k', storage);
    expect(() => store.save({ a: 1 })).not.toThrow();
    expect(() => store.setAside({ a: 1 })).not.toThrow();
    expect(store.load()).toBeUndefined();
  });
});

/**
 * Minimal binary min-heap of (priority, value) pairs for Dijkstra with lazy deletion.
 * Stored in two parallel arrays so pushes do not allocate objects.
 */
export class MinHeap {
  private readonly keys: number[] = [];
  private readonly values: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  clear(): void {
    this.keys.length = 0;
    this.values.length = 0;
  }

  push(key: number, value: number): void {
    const keys = this.keys;
    const values = this.values;
    let i = keys.length;
    keys.push(key);
    values.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent] ?? 0;
      if (pk <= key) break;
      keys[i] = pk;
      values[i] = values[parent] ?? 0;
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** Removes the smallest entry and returns its value; call only when size > 0. Its key is in lastKey. */
  pop(): number {
    const keys = this.keys;
    const values = this.values;
    const top = values[0] ?? -1;
    this.lastKey = keys[0] ?? Infinity;
    const key = keys.pop() ?? 0;
    const value = values.pop() ?? 0;
    const n = keys.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && (keys[r] ?? 0) < (keys[l] ?? 0) ? r : l;
        const ck = keys[c] ?? 0;
        if (ck >= key) break;
        keys[i] = ck;
        values[i] = values[c] ?? 0;
        i = c;
      }
      keys[i] = key;
      values[i] = value;
    }
    return top;
  }

  lastKey = Infinity;
}

/**
 * Records kept in one list order as they are added and changed, so that the first page of a
 * list is read from the front instead of sorting every record (10,000 ideas: a page's worth of
 * reads, not a sort).
 */
export class SortedIndex<T> implements Iterable<T> {
  private items: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  /** Replaces the contents with `items`, sorted once (loading a seed). */
  reset(items: Iterable<T>): void {
    this.items = [...items].sort(this.compare);
  }

  /** Adds a new record in its place; equal records keep the order they were added in. */
  add(item: T): void {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compare(item, this.items[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    this.items.splice(lo, 0, item);
  }

  /** Puts `item` back in its place after a change to what the order reads (a vote). */
  moved(item: T): void {
    const at = this.items.indexOf(item);
    if (at >= 0) this.items.splice(at, 1);
    this.add(item);
  }

  [Symbol.iterator](): Iterator<T> {
    return this.items[Symbol.iterator]();
  }
}

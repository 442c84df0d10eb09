/**
 * Where things were on the page when a drag began, in page coordinates (client + scroll), so a
 * scroll of the window does not make them stale. The card is one column: sections and the rows of
 * a section are sorted by `top`, which lets every look-up be a binary search.
 */
export interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

export interface SectionBox {
  readonly id: string;
  readonly box: Box;
}

export interface RowBox {
  readonly field: string;
  readonly top: number;
  readonly bottom: number;
}

/** What the page is asked for; the DOM implementation lives in domGeometry.ts. */
export interface GeometrySource {
  measureSections(): {
    readonly palette: Box | null;
    readonly sections: readonly SectionBox[];
    /** The outline's entries, one per section (a drop on one goes to the end of its section). */
    readonly outline?: readonly SectionBox[];
  };
  /** The rows of one section, measured only when a drag gets to that section. */
  measureRows(section: string): readonly RowBox[];
  /** The element list of a section, for the drop line in an empty one. */
  measureZone(section: string): Box | null;
}

export interface Geometry {
  readonly palette: Box | null;
  readonly sections: readonly SectionBox[];
  readonly outline?: readonly SectionBox[];
  rows(section: string): readonly RowBox[];
  zone(section: string): Box | null;
}

/**
 * Measures sections once and the rows of a section the first time they are asked for; `invalidate`
 * (on scroll of an inner box, resize, or when off-screen sections got laid out) measures again
 * lazily, at the next look-up.
 */
export class GeometryCache implements Geometry {
  private measured: ReturnType<GeometrySource['measureSections']> | null = null;
  private readonly rowCache = new Map<string, readonly RowBox[]>();
  private readonly zoneCache = new Map<string, Box | null>();

  constructor(private readonly source: GeometrySource) {}

  private get all() {
    this.measured ??= this.source.measureSections();
    return this.measured;
  }

  get palette(): Box | null {
    return this.all.palette;
  }

  get sections(): readonly SectionBox[] {
    return this.all.sections;
  }

  get outline(): readonly SectionBox[] {
    return this.all.outline ?? [];
  }

  rows(section: string): readonly RowBox[] {
    let rows = this.rowCache.get(section);
    if (!rows) {
      rows = this.source.measureRows(section);
      this.rowCache.set(section, rows);
    }
    return rows;
  }

  zone(section: string): Box | null {
    if (!this.zoneCache.has(section)) this.zoneCache.set(section, this.source.measureZone(section));
    return this.zoneCache.get(section) ?? null;
  }

  invalidate(): void {
    this.measured = null;
    this.rowCache.clear();
    this.zoneCache.clear();
  }
}

export const contains = (b: Box, x: number, y: number): boolean =>
  x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;

/** Index of the first item whose `key` is >= `y` (items sorted by key); `items.length` if none. */
export function lowerBound<T>(items: readonly T[], y: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid] as T) < y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The section a point at height `y` belongs to: the one it is in, else the nearer of the two it
 * is between (above the first: the first; below the last: the last). -1 when there is none.
 */
export function sectionIndexAt(sections: readonly SectionBox[], y: number): number {
  if (sections.length === 0) return -1;
  const i = lowerBound(sections, y, (s) => s.box.bottom);
  if (i >= sections.length) return sections.length - 1;
  const next = sections[i] as SectionBox;
  if (y >= next.box.top || i === 0) return i;
  const prev = sections[i - 1] as SectionBox;
  return y - prev.box.bottom <= next.box.top - y ? i - 1 : i;
}

const mid = (r: { top: number; bottom: number }) => (r.top + r.bottom) / 2;

/**
 * How many rows, leaving out `skip` (the dragged field), have their middle above `y`: the index
 * the dragged field takes when dropped at `y`, after it left its own place.
 */
export function insertionIndex(rows: readonly RowBox[], y: number, skip: string | null): number {
  const above = lowerBound(rows, y, mid);
  if (skip === null) return above;
  const own = rows.findIndex((r) => r.field === skip);
  return own >= 0 && own < above ? above - 1 : above;
}

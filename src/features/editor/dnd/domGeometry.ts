import type { Box, GeometrySource, RowBox, SectionBox } from './geometry';
import { parseDndId } from './ids';

const pageBox = (el: Element): Box => {
  const r = el.getBoundingClientRect();
  return {
    top: r.top + scrollY,
    bottom: r.bottom + scrollY,
    left: r.left + scrollX,
    right: r.right + scrollX,
  };
};

const clip = (a: Box, b: Box): Box | null => {
  const box = {
    top: Math.max(a.top, b.top),
    bottom: Math.min(a.bottom, b.bottom),
    left: Math.max(a.left, b.left),
    right: Math.min(a.right, b.right),
  };
  return box.top < box.bottom && box.left < box.right ? box : null;
};

/**
 * Reads the workspace's DOM: the field list and the section cards at pick-up (a few dozen boxes;
 * sections whose content is skipped by `content-visibility` are not laid out for it), the rows of a
 * section only when the drag reaches it.
 */
export class DomGeometry implements GeometrySource {
  private readonly sectionEls = new Map<string, HTMLElement>();
  private readonly outlineEls = new Map<string, HTMLElement>();

  constructor(private readonly root: HTMLElement) {}

  palette(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('section.palette');
  }

  zoneElement(section: string): HTMLElement | null {
    return this.sectionEls.get(section)?.querySelector<HTMLElement>('.section-zone') ?? null;
  }

  /** A section's entry in the outline, lit while a drag is over it. */
  outlineElement(section: string): HTMLElement | null {
    return this.outlineEls.get(section) ?? null;
  }

  measureSections(): { palette: Box | null; sections: SectionBox[]; outline: SectionBox[] } {
    this.sectionEls.clear();
    const sections: SectionBox[] = [];
    for (const el of this.root.querySelectorAll<HTMLElement>('section.section-card')) {
      const ref = parseDndId(el.dataset['testid'] ?? '');
      if (ref?.kind !== 'section') continue;
      this.sectionEls.set(ref.section, el);
      sections.push({ id: ref.section, box: pageBox(el) });
    }
    this.outlineEls.clear();
    const outline: SectionBox[] = [];
    for (const el of this.root.querySelectorAll<HTMLElement>('[data-outline-section]')) {
      const id = el.dataset['outlineSection'] ?? '';
      if (id === '' || el.getClientRects().length === 0) continue;
      // the outline scrolls on its own: only the part of an entry inside its box is a target
      const list = el.closest('[data-outline-list]');
      const box = list ? clip(pageBox(el), pageBox(list)) : pageBox(el);
      if (!box) continue;
      this.outlineEls.set(id, el);
      outline.push({ id, box });
    }
    const palette = this.palette();
    return { palette: palette ? pageBox(palette) : null, sections, outline };
  }

  measureRows(section: string): RowBox[] {
    const el = this.sectionEls.get(section);
    if (!el) return [];
    const rows: RowBox[] = [];
    for (const li of el.querySelectorAll<HTMLElement>('li.element')) {
      const ref = parseDndId(li.dataset['testid'] ?? '');
      if (ref?.kind !== 'element') continue;
      const b = pageBox(li);
      rows.push({ field: ref.field, top: b.top, bottom: b.bottom });
    }
    return rows;
  }

  measureZone(section: string): Box | null {
    const zone = this.zoneElement(section);
    return zone ? pageBox(zone) : null;
  }
}

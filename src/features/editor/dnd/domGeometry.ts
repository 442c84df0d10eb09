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

/**
 * Reads the workspace's DOM: the field list and the section cards at pick-up (a few dozen boxes;
 * sections whose content is skipped by `content-visibility` are not laid out for it), the rows of a
 * section only when the drag reaches it.
 */
export class DomGeometry implements GeometrySource {
  private readonly sectionEls = new Map<string, HTMLElement>();

  constructor(private readonly root: HTMLElement) {}

  palette(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('section.palette');
  }

  zoneElement(section: string): HTMLElement | null {
    return this.sectionEls.get(section)?.querySelector<HTMLElement>('.section-zone') ?? null;
  }

  measureSections(): { palette: Box | null; sections: SectionBox[] } {
    this.sectionEls.clear();
    const sections: SectionBox[] = [];
    for (const el of this.root.querySelectorAll<HTMLElement>('section.section-card')) {
      const ref = parseDndId(el.dataset['testid'] ?? '');
      if (ref?.kind !== 'section') continue;
      this.sectionEls.set(ref.section, el);
      sections.push({ id: ref.section, box: pageBox(el) });
    }
    const palette = this.palette();
    return { palette: palette ? pageBox(palette) : null, sections };
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

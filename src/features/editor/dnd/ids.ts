import type { UniqueIdentifier } from '@dnd-kit/core';
import type { FieldCode, SectionId } from '../../../domain/types';

/**
 * One codec for dnd ids and data-testids, so e2e and code agree. `zone` is a section's list of
 * elements as a drop target (also when empty); `palette` as a target means "off the card".
 */
export type DragRef =
  | { readonly kind: 'palette'; readonly field: FieldCode }
  | { readonly kind: 'element'; readonly field: FieldCode }
  | { readonly kind: 'section'; readonly section: SectionId }
  | { readonly kind: 'zone'; readonly section: SectionId }
  | { readonly kind: 'paletteZone' };

export function toDndId(r: DragRef): string {
  switch (r.kind) {
    case 'palette':
    case 'element':
      return `${r.kind}:${r.field}`;
    case 'section':
    case 'zone':
      return `${r.kind}:${r.section}`;
    case 'paletteZone':
      return 'paletteZone:';
  }
}

export function parseDndId(id: UniqueIdentifier): DragRef | null {
  const s = String(id);
  const colon = s.indexOf(':');
  if (colon < 0) return null;
  const kind = s.slice(0, colon);
  const rest = s.slice(colon + 1);
  switch (kind) {
    case 'palette':
    case 'element':
      return rest ? { kind, field: rest } : null;
    case 'section':
    case 'zone':
      return rest ? { kind, section: rest } : null;
    case 'paletteZone':
      return { kind };
    default:
      return null;
  }
}

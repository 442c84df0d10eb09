/** Builders of layouts, sections and elements (immutable: every call returns a new builder). */
import { applyIntents, type LayoutIntent } from '../domain/intents';
import {
  SHOW_ALWAYS_FLAG,
  type CardElement,
  type FieldCode,
  type Layout,
  type Section,
  type SectionId,
} from '../domain/types';

type JsonRecord = Readonly<Record<string, unknown>>;

/** Builds a `CardElement`; start with `anElement(field)`. */
export class ElementBuilder {
  constructor(private readonly element: CardElement) {}

  /** Sets bit 1 of `optionFlags` ("show always"). */
  alwaysShown(): ElementBuilder {
    return new ElementBuilder({ ...this.element, optionFlags: this.element.optionFlags | SHOW_ALWAYS_FLAG });
  }

  withFlags(optionFlags: number): ElementBuilder {
    return new ElementBuilder({ ...this.element, optionFlags });
  }

  withOptions(options: JsonRecord): ElementBuilder {
    return new ElementBuilder({ ...this.element, options });
  }

  /** Keys the portal sent that the editor keeps untouched (e.g. a renamed `title`). */
  withExtra(extra: JsonRecord): ElementBuilder {
    return new ElementBuilder({ ...this.element, extra });
  }

  build(): CardElement {
    return this.element;
  }
}

/** An element of `field` with no flags and no options. */
export const anElement = (field: FieldCode): ElementBuilder => new ElementBuilder({ field, optionFlags: 0 });

export type ElementSpec = FieldCode | CardElement | ElementBuilder;

const toElement = (spec: ElementSpec): CardElement =>
  typeof spec === 'string'
    ? { field: spec, optionFlags: 0 }
    : spec instanceof ElementBuilder
      ? spec.build()
      : spec;

export interface SectionOptions {
  /** Defaults to the name. */
  readonly title?: string;
  /** Defaults to the name. */
  readonly id?: SectionId;
  readonly extra?: JsonRecord;
}

/** Builds a `Layout` section by section; start with `aLayout()`. */
export class LayoutBuilder {
  constructor(private readonly sections: readonly Section[]) {}

  /** Appends a section named `name` (id and title default to the name too). */
  section(name: string, elements: readonly ElementSpec[] = [], options: SectionOptions = {}): LayoutBuilder {
    const section: Section = {
      id: options.id ?? name,
      name,
      title: options.title ?? name,
      elements: elements.map(toElement),
      ...(options.extra ? { extra: options.extra } : {}),
    };
    return new LayoutBuilder([...this.sections, section]);
  }

  build(): Layout {
    return { sections: this.sections };
  }
}

/** `aLayout().section('main', ['TITLE', anElement('PHONE').alwaysShown()]).build()`. */
export const aLayout = (): LayoutBuilder => new LayoutBuilder([]);

/** The field codes of every section keyed by section id, for readable assertions. */
export function fieldsBySection(layout: Layout): Record<SectionId, FieldCode[]> {
  return Object.fromEntries(layout.sections.map((s) => [s.id, s.elements.map((e) => e.field)]));
}

/** Puck-style scenario: the layout after applying `intents` to `start` in order. */
export const replay = (start: Layout, ...intents: LayoutIntent[]): Layout => applyIntents(start, intents);

/** A layout as `crm.lead.details.configuration.set` takes it and `get` returns it after a REST save (1.5, 1.6). */
export interface PortalSectionData {
  readonly type: 'section';
  readonly name: string;
  readonly title: string;
  readonly elements: readonly {
    readonly name: string;
    readonly optionFlags?: number;
    readonly options?: JsonRecord;
  }[];
}

/** The portal shape of `layout` (what REST `set` keeps after `sanitize`), for seeds and payload checks. */
export function portalSectionsOf(layout: Layout): PortalSectionData[] {
  return layout.sections.map((s) => ({
    type: 'section',
    name: s.name,
    title: s.title,
    elements: s.elements.map((e) => ({
      name: e.field,
      ...(e.optionFlags !== 0 ? { optionFlags: e.optionFlags } : {}),
      ...(e.options ? { options: e.options } : {}),
    })),
  }));
}

import { describe, expect, it } from 'vitest';
// Test-only imports from the api: the domain's payload must stay what the api sends and reads.
import { fromPortal, toPortal } from '../api/methods/layoutMapping';
import { PortalLayoutSchema } from '../api/schemas/layout';
import { aLayout, anElement } from '../testing/builders';
import { sameLayout } from './layoutEquals';
import {
  exportLayout,
  IMPORT_LIMITS,
  layoutPayload,
  parseLayoutImport,
  tooLarge,
  type LayoutImport,
} from './layoutJson';

const layout = () =>
  aLayout()
    .section('main', ['TITLE', anElement('PHONE').alwaysShown().withOptions({ defaultCountry: 'DE' })], {
      title: 'About the lead',
    })
    .section('additional', [anElement('EMAIL').withExtra({ title: 'Mail' })], {
      title: 'More',
      extra: { data: { open: true } },
    })
    .build();

const meta = {
  leadType: 'simple',
  scope: 'C',
  portal: 'acme.bitrix24.com',
  exportedAt: '2025-05-12T14:03:00.000Z',
} as const;

/** Why an import failed, as its code and slot values (sorted by name): the wording is the catalogue's. */
const problemOf = (r: LayoutImport) => {
  if (r.ok) return 'ok';
  const slots = Object.entries(r.params).sort(([a], [b]) => (a < b ? -1 : 1));
  return slots.length === 0 ? r.code : `${r.code}: ${slots.map(([k, v]) => `${k}=${v}`).join('; ')}`;
};
const okSections = (r: LayoutImport) => {
  if (!r.ok) throw new Error(problemOf(r));
  return r.sections;
};

describe('layoutPayload', () => {
  it("is key for key what the api's toPortal sends", () => {
    const withType = aLayout()
      .section('area', [anElement('X').withFlags(4).withExtra({ name: 'ignored', z: 1 })], {
        extra: { type: 'included_area', data: [] },
      })
      .build();
    for (const l of [layout(), withType])
      expect(JSON.stringify(layoutPayload(l))).toBe(JSON.stringify(toPortal(l)));
  });
});

describe('exportLayout', () => {
  it('writes pretty JSON with the header and the portal payload', () => {
    const text = exportLayout(
      aLayout()
        .section('main', [anElement('PHONE').alwaysShown()], { title: 'Main' })
        .build(),
      meta,
    );
    expect(text).toBe(`{
  "format": "lead-card-studio/layout",
  "version": 1,
  "leadType": "simple",
  "scope": "C",
  "portal": "acme.bitrix24.com",
  "exportedAt": "2025-05-12T14:03:00.000Z",
  "sections": [
    {
      "type": "section",
      "name": "main",
      "title": "Main",
      "elements": [
        {
          "name": "PHONE",
          "optionFlags": 1
        }
      ]
    }
  ]
}
`);
    expect(
      JSON.parse(exportLayout(layout(), { leadType: 'repeat', scope: 'P', userId: 7, exportedAt: 'now' })),
    ).toMatchObject({
      leadType: 'repeat',
      scope: 'P',
      userId: 7,
    });
  });

  it('round-trips through parseLayoutImport and fromPortal, renamed labels and kept keys included', () => {
    const parsed = parseLayoutImport(exportLayout(layout(), meta));
    expect(parsed).toMatchObject({ ok: true, leadType: 'simple', scope: 'C', portal: 'acme.bitrix24.com' });
    const sections = PortalLayoutSchema.parse(okSections(parsed));
    expect(sameLayout(fromPortal(sections).layout, layout())).toBe(true);
  });
});

describe('parseLayoutImport', () => {
  it('refuses more sections or fields than a card holds, and text beyond the size limit, before any check', () => {
    const sections = (n: number, fields = 0) =>
      Array.from({ length: n }, (_, i) => ({
        name: `s${i}`,
        title: '',
        elements: Array.from({ length: fields }, (_, j) => ({ name: `F${j}` })),
      }));
    // blank titles the portal would refuse: the limit speaks first
    expect(parseLayoutImport(JSON.stringify(sections(101)))).toMatchObject({
      ok: false,
      code: 'tooManySections',
      params: { count: '101', limit: '100' },
    });
    expect(parseLayoutImport(JSON.stringify({ result: sections(11, 100) }))).toMatchObject({
      ok: false,
      code: 'tooManyFields',
      params: { count: '1100', limit: '1000' },
    });
    const wrapped = [{ type: 'column', name: 'c', elements: sections(100) }];
    expect(parseLayoutImport(JSON.stringify(wrapped))).toMatchObject({ code: 'portalRefuses' });
    expect(parseLayoutImport(' '.repeat(IMPORT_LIMITS.bytes + 1))).toMatchObject({
      ok: false,
      code: 'tooLarge',
      params: { size: '1.0 MB', limit: '1.0 MB' },
    });
    expect(tooLarge(5.8 * 1024 * 1024).params).toEqual({ size: '5.8 MB', limit: '1.0 MB' });
  });

  it('accepts a bare portal payload, the REST answer around it and a column wrapper', () => {
    const payload = [
      {
        type: 'section',
        name: 'main',
        title: 'Main',
        elements: [{ name: 'TITLE', optionFlags: '1', options: [] }],
      },
    ];
    expect(parseLayoutImport(JSON.stringify(payload))).toEqual({ ok: true, sections: payload });
    expect(parseLayoutImport(JSON.stringify({ result: payload, time: {} }))).toEqual({
      ok: true,
      sections: payload,
    });
    const column = [{ name: 'default_column', type: 'column', elements: payload }];
    expect(parseLayoutImport(JSON.stringify(column))).toEqual({ ok: true, sections: payload });
  });

  it('reads PHP-style indexed objects as lists, and leaves out what the portal would drop', () => {
    const text = JSON.stringify({
      0: {
        name: 'main',
        title: 'Main',
        type: null,
        elements: { 0: { name: 'A', optionFlags: true, options: 'x', title: 5 } },
      },
    });
    const sections = okSections(parseLayoutImport(text));
    expect(sections).toEqual([{ name: 'main', title: 'Main', elements: [{ name: 'A' }] }]);
    expect(PortalLayoutSchema.safeParse(sections).success).toBe(true);
  });

  it('says where the JSON broke', () => {
    expect(problemOf(parseLayoutImport('{\n  "format": "x",\n  oops\n}'))).toBe(
      'notJsonAt: column=3; line=3',
    );
    expect(problemOf(parseLayoutImport('[1,'))).toBe('notJsonEnds');
    expect(problemOf(parseLayoutImport('   \n'))).toBe('empty');
    expect(parseLayoutImport('\uFEFF[{"name":"a","title":"A"}]').ok).toBe(true);
  });

  it('names a wrong format, version, lead type or scope', () => {
    const file = (over: Record<string, unknown>) =>
      JSON.stringify({
        format: 'lead-card-studio/layout',
        version: 1,
        sections: [{ name: 'a', title: 'A' }],
        ...over,
      });
    expect(problemOf(parseLayoutImport(file({ format: 'other/thing' })))).toBe(
      'otherFormat: format="other/thing"',
    );
    expect(problemOf(parseLayoutImport(file({ version: 2 })))).toBe('newerVersion: supported=1; version=2');
    expect(problemOf(parseLayoutImport(file({ version: '1' })))).toBe('noVersion');
    expect(problemOf(parseLayoutImport(file({ version: 0 })))).toBe('unknownVersion: version=0');
    expect(problemOf(parseLayoutImport(file({ leadType: 'returning' })))).toBe(
      'unknownLeadType: leadType="returning"',
    );
    expect(problemOf(parseLayoutImport(file({ scope: 'X' })))).toBe('unknownScope: scope="X"');
    expect(problemOf(parseLayoutImport(file({ sections: undefined })))).toBe('noSections');
    expect(problemOf(parseLayoutImport('{"hello": 1}'))).toBe('notALayout');
    expect(problemOf(parseLayoutImport('42'))).toBe('notALayout');
  });

  it("gives the portal's exact text for what the portal would refuse", () => {
    const refuse = (sections: unknown) => problemOf(parseLayoutImport(JSON.stringify(sections)));
    expect(refuse([])).toBe('portalRefuses: detail=There are no data to write.');
    expect(refuse({ result: 'x' })).toBe("portalRefuses: detail=Parameter 'data' must be array.");
    expect(refuse([{ name: 'a', title: ' ' }])).toBe(
      'portalRefuses: detail=Section at index 0 does not have title.',
    );
    expect(refuse([{ name: 'a', title: 'A' }, { title: 'B' }])).toBe(
      'portalRefuses: detail=Section at index 1 does not have name.',
    );
    expect(refuse([{ name: 'a', title: 'A', elements: [{ name: 'X' }, {}] }])).toBe(
      'portalRefuses: detail=Element at index 1 in section at index 0 does not have name.',
    );
    expect(refuse([{ type: 'included_area', name: 'a', title: 'A' }])).toBe(
      "portalRefuses: detail=Section at index 0 have type 'included_area'. The expected type is 'section'.",
    );
    expect(refuse({ 1: { name: 'a', title: 'A' } })).toBe(
      'portalRefuses: detail=The data must be indexed array.',
    );
    expect(refuse(null)).toBe('noLayout');
  });

  it('refuses names and titles that are not text, which the portal would take', () => {
    expect(problemOf(parseLayoutImport('[{"name": 5, "title": "A"}]'))).toBe('sectionNameNotText: section=0');
    expect(problemOf(parseLayoutImport('[{"name": "a", "title": true}]'))).toBe(
      'sectionTitleNotText: section=0',
    );
    expect(problemOf(parseLayoutImport('[{"name": "a", "title": "A", "elements": [{"name": 7}]}]'))).toBe(
      'elementNameNotText: element=0; section=0',
    );
  });

  it('gives each problem as a code with its values, for the interface to word in its language', () => {
    const problem = (text: string) => {
      const r = parseLayoutImport(text);
      return r.ok ? null : { code: r.code, params: r.params };
    };
    expect(problem('{\n  "format": "x",\n  oops\n}')).toEqual({
      code: 'notJsonAt',
      params: { line: '3', column: '3' },
    });
    expect(problem('[{"name": "a", "title": "A", "elements": [{"name": 7}]}]')).toEqual({
      code: 'elementNameNotText',
      params: { element: '0', section: '0' },
    });
    // the portal's own refusal is a value, quoted as it is in every language
    expect(problem('[]')).toEqual({
      code: 'portalRefuses',
      params: { detail: 'There are no data to write.' },
    });
    expect(problem(JSON.stringify({ format: 'lead-card-studio/layout', version: 3, sections: [] }))).toEqual({
      code: 'newerVersion',
      params: { version: '3', supported: '1' },
    });
  });
});

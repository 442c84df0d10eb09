import { describe, expect, it } from 'vitest';
// Test-only imports from the api: the domain's payload must stay what the api sends and reads.
import { fromPortal, toPortal } from '../api/methods/layoutMapping';
import { PortalLayoutSchema } from '../api/schemas/layout';
import { aLayout, anElement } from '../testing/builders';
import { sameLayout } from './layoutEquals';
import {
  exportLayout,
  IMPORT_PROBLEM_TEXT,
  IMPORT_LIMITS,
  importProblem,
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

const messageOf = (r: LayoutImport) => (r.ok ? 'ok' : r.message);
const okSections = (r: LayoutImport) => {
  if (!r.ok) throw new Error(r.message);
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
      message: 'The layout has 101 sections; a card holds at most 100.',
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
      message:
        'The file is 1.0 MB; a layout file can be at most 1.0 MB, the most the portal takes in one save.',
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
    expect(messageOf(parseLayoutImport('{\n  "format": "x",\n  oops\n}'))).toBe(
      'The file is not valid JSON (line 3, column 3).',
    );
    expect(messageOf(parseLayoutImport('[1,'))).toBe('The file is not valid JSON (it ends too early).');
    expect(messageOf(parseLayoutImport('   \n'))).toBe('The file is empty.');
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
    expect(messageOf(parseLayoutImport(file({ format: 'other/thing' })))).toBe(
      'This is not a Lead Card Studio layout file (format "other/thing").',
    );
    expect(messageOf(parseLayoutImport(file({ version: 2 })))).toBe(
      'The layout file has format version 2; this app reads version 1. Update the app to import it.',
    );
    expect(messageOf(parseLayoutImport(file({ version: '1' })))).toBe(
      'The layout file has no format version.',
    );
    expect(messageOf(parseLayoutImport(file({ version: 0 })))).toBe(
      'The layout file has an unknown format version 0.',
    );
    expect(messageOf(parseLayoutImport(file({ leadType: 'returning' })))).toBe(
      'The layout file has an unknown lead type "returning"; expected "simple" or "repeat".',
    );
    expect(messageOf(parseLayoutImport(file({ scope: 'X' })))).toBe(
      'The layout file has an unknown scope "X"; expected "C" or "P".',
    );
    expect(messageOf(parseLayoutImport(file({ sections: undefined })))).toBe(
      'The layout file has no "sections".',
    );
    expect(messageOf(parseLayoutImport('{"hello": 1}'))).toBe(
      'The file is neither a Lead Card Studio layout nor a portal layout (a list of sections).',
    );
    expect(messageOf(parseLayoutImport('42'))).toBe(
      'The file is neither a Lead Card Studio layout nor a portal layout (a list of sections).',
    );
  });

  it("gives the portal's exact text for what the portal would refuse", () => {
    const refuse = (sections: unknown) => messageOf(parseLayoutImport(JSON.stringify(sections)));
    expect(refuse([])).toBe('The portal would refuse this layout: There are no data to write.');
    expect(refuse({ result: 'x' })).toBe(
      "The portal would refuse this layout: Parameter 'data' must be array.",
    );
    expect(refuse([{ name: 'a', title: ' ' }])).toBe(
      'The portal would refuse this layout: Section at index 0 does not have title.',
    );
    expect(refuse([{ name: 'a', title: 'A' }, { title: 'B' }])).toBe(
      'The portal would refuse this layout: Section at index 1 does not have name.',
    );
    expect(refuse([{ name: 'a', title: 'A', elements: [{ name: 'X' }, {}] }])).toBe(
      'The portal would refuse this layout: Element at index 1 in section at index 0 does not have name.',
    );
    expect(refuse([{ type: 'included_area', name: 'a', title: 'A' }])).toBe(
      "The portal would refuse this layout: Section at index 0 have type 'included_area'. The expected type is 'section'.",
    );
    expect(refuse({ 1: { name: 'a', title: 'A' } })).toBe(
      'The portal would refuse this layout: The data must be indexed array.',
    );
    expect(refuse(null)).toBe(
      'The file holds no layout (null): the portal shows its built-in layout when none is stored.',
    );
  });

  it('refuses names and titles that are not text, which the portal would take', () => {
    expect(messageOf(parseLayoutImport('[{"name": 5, "title": "A"}]'))).toBe(
      'Section at index 0 has a name that is not text.',
    );
    expect(messageOf(parseLayoutImport('[{"name": "a", "title": true}]'))).toBe(
      'Section at index 0 has a title that is not text.',
    );
    expect(messageOf(parseLayoutImport('[{"name": "a", "title": "A", "elements": [{"name": 7}]}]'))).toBe(
      'Element at index 0 in section at index 0 has a name that is not text.',
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
    // the English message is the code's text with the values filled in
    expect(importProblem('unknownVersion', { version: '0' })).toEqual({
      code: 'unknownVersion',
      params: { version: '0' },
      message: 'The layout file has an unknown format version 0.',
    });
    expect(IMPORT_PROBLEM_TEXT.unknownVersion).toBe(
      'The layout file has an unknown format version {version}.',
    );
  });
});

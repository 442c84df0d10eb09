import fc from 'fast-check';

// The generated bodies of the portal's answers the decoding properties feed the client.

/** Any JSON at all. */
export const anything = fc.jsonValue({ maxDepth: 3 });
export const maybe = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: a }, anything);

/** A valid value, or the same value with one key replaced by anything (or gone). */
function nearly<T extends object>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  const broken = fc.tuple(valid, fc.nat(), fc.option(anything, { nil: undefined })).map(([v, i, x]) => {
    const keys = Object.keys(v);
    const key = keys[i % Math.max(1, keys.length)] ?? 'x';
    return { ...v, [key]: x };
  });
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    { weight: 2, arbitrary: broken },
    { weight: 1, arbitrary: anything },
  );
}

/**
 * The portal's shapes, built twice from one description: `exact` draws only answers a portal
 * gives (each must decode), `nearly` bends each part (each must decode or fail typed).
 */
type Bend = (valid: fc.Arbitrary<object>) => fc.Arbitrary<unknown>;
const exact: Bend = (valid) => valid;

function portalShapes(bend: Bend) {
  const loose = bend !== exact;
  /** A `configuration.get` result: sections, sometimes in a UI column wrapper. */
  const element = bend(
    fc.record(
      {
        name: fc.constantFrom('TITLE', 'PHONE', 'UF_CRM_1', 'NAME', 'TITLE'),
        optionFlags: fc.oneof(fc.nat(3), fc.constantFrom('0', '1', 'x', '')),
        options: fc.oneof(fc.constant([]), fc.dictionary(fc.string(), anything)),
        title: fc.string(),
      },
      { requiredKeys: ['name'] },
    ),
  );
  const section = bend(
    fc.record(
      {
        name: fc.constantFrom('main', 'more', 'main', 'x'),
        title: fc.string(),
        type: fc.constantFrom('section', 'section', 'column', ''),
        elements: fc.array(element, { maxLength: 5 }),
        data: anything,
      },
      { requiredKeys: ['name'] },
    ),
  );
  const sections = fc.array(section, { maxLength: 4 });
  const layoutResult = fc.oneof(
    sections,
    sections.map((s) => [{ type: 'column', name: 'col', elements: s }]),
    ...(loose ? [fc.constant(null), anything] : []),
  );

  const multifield = bend(
    fc.record({
      ID: fc.string(),
      VALUE: fc.string(),
      VALUE_TYPE: fc.string(),
      TYPE_ID: fc.constant('PHONE'),
    }),
  );
  /** A lead: the right keys, sometimes one of them of any type. */
  const lead = bend(
    fc.record(
      {
        ID: fc.constantFrom('1590', '1596'),
        TITLE: fc.option(fc.string(), { nil: null }),
        STATUS_ID: fc.constantFrom('NEW', 'IN_PROCESS'),
        PHONE: fc.array(multifield, { maxLength: 2 }),
        IS_RETURN_CUSTOMER: fc.constantFrom('Y', 'N'),
        UF_CRM_1: anything,
      },
      { requiredKeys: ['ID'] },
    ),
  );

  const field = bend(
    fc.record(
      {
        type: fc.constantFrom('string', 'enumeration', 'crm_multifield', 'user'),
        isRequired: fc.boolean(),
        isReadOnly: fc.boolean(),
        isImmutable: fc.boolean(),
        isMultiple: fc.boolean(),
        isDynamic: fc.boolean(),
        title: fc.string(),
        listLabel: fc.string(),
        formLabel: fc.string(),
        items: fc.array(bend(fc.record({ ID: fc.string(), VALUE: fc.string() })), { maxLength: 3 }),
      },
      {
        requiredKeys: ['type', 'isRequired', 'isReadOnly', 'isImmutable', 'isMultiple', 'isDynamic', 'title'],
      },
    ),
  );
  const fields = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.dictionary(fc.constantFrom('TITLE', 'PHONE', 'UF_CRM_1', 'NAME'), field, { maxKeys: 3 }),
    },
    ...(loose ? [{ weight: 1, arbitrary: anything }] : []),
  );
  const person = {
    ID: fc.constantFrom('1', '2'),
    NAME: fc.option(fc.string(), { nil: null }),
    LAST_NAME: fc.option(fc.string(), { nil: null }),
  };
  const user = bend(fc.record({ ...person, ACTIVE: fc.boolean() }));
  const profile = bend(fc.record({ ...person, ADMIN: fc.boolean() }));
  const status = bend(
    fc.record({
      ID: fc.string(),
      ENTITY_ID: fc.constantFrom('STATUS', 'SOURCE'),
      STATUS_ID: fc.string(),
      NAME: fc.string(),
      SORT: fc.constantFrom('10', '20'),
      SYSTEM: fc.constantFrom('Y', 'N'),
    }),
  );
  return { layoutResult, lead, fields, user, profile, status };
}

/** Answers a portal gives. */
export const right = portalShapes(exact);
/** Answers a portal, a proxy or a broken network may give: each part bent. */
export const bent = portalShapes(nearly);

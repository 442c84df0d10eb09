/** A small common layout many journeys start from: two sections, four fields, portal titles in English. */
export const MAIN_AND_EXTRA = [
  {
    type: 'section',
    name: 'main',
    title: 'Main',
    elements: [{ name: 'TITLE' }, { name: 'STATUS_ID' }, { name: 'NAME' }],
  },
  { type: 'section', name: 'extra', title: 'Extra', elements: [{ name: 'COMMENTS' }] },
];

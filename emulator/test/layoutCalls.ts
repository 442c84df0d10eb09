/** The lead layout methods and a section as the tests of `crm.lead.details.configuration.*` send them. */
export const SET = 'crm.lead.details.configuration.set';
export const GET = 'crm.lead.details.configuration.get';

export const section = (name: string, elements: unknown[] = [{ name: 'TITLE' }]) => ({
  type: 'section',
  name,
  title: name,
  elements,
});

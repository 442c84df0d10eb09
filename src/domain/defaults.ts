/** Section titles of the built-in lead layout (S7 `crm.lead.details` lang/en). */
export { LEAD_SECTION_TITLES as DEFAULT_SECTION_TITLES } from './cards/lead';

/**
 * Test data builders shared by unit tests, emulator seeds and e2e setup. Builders are immutable:
 * every call returns a new builder, so a partly built value can be reused as a template.
 */
export * from './fieldBuilders';
export * from './layoutBuilders';

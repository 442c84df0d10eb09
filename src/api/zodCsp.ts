import { z } from 'zod';

/**
 * The page's Content Security Policy has no 'unsafe-eval' (vite.config.ts). zod 4 compiles object
 * parsers with `new Function` unless told not to, and it decides so when a schema is built: it
 * probes `new Function` once, which Chromium reports as a CSP violation although zod catches the
 * error. The app's entry imports this module first, before any schema exists.
 */
z.config({ jitless: true });

import { execSync } from 'node:child_process';

/** The e2e suite runs the built app: build it once before any test starts. */
export default function globalSetup(): void {
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
}

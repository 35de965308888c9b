import { readFileSync } from 'node:fs';
import { packagePath } from '../../package-root.ts';

/**
 * How the link check names itself to the servers it asks: this project and its version, so a site's
 * operator can tell what is asking (and which version) from their logs.
 */
export function linkCheckUserAgent(): string {
  const { version } = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string };
  return `careers-link-check/${version}`;
}

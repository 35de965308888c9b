// The preview rebuilds on an edit to what the site is made from besides its content: a layout that
// replaces ours, a brand file, the settings file.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { REPO_ROOT } from '../helpers/paths.ts';
import { startPreview } from '../helpers/preview.ts';
import { freePort, waitFor } from '../helpers/waiting.ts';

const work = mkdtempSync(join(tmpdir(), 'careers-preview-sources-'));
after(() => rmSync(work, { recursive: true, force: true }));

const read = (file: string): string => (existsSync(file) ? readFileSync(file, 'utf8') : '');

test('an edited layout override, brand stylesheet or settings file shows in the preview without a restart', async () => {
  const site = join(work, 'repo');
  cpSync(join(REPO_ROOT, 'tests/fixtures/brand'), site, { recursive: true, filter: (source) => !source.includes('.careers-cache') });
  const port = await freePort();
  const server = startPreview(['--content', 'content', '--out', '_site', '--port', String(port), '--no-cache'], { cwd: site });
  const terminal = server.output;
  const page = join(site, '_site/engineering/flight-software-engineer/index.html');
  const css = join(site, '_site/assets/brand/custom.css');
  try {
    await waitFor('the first build', () => terminal().includes('Server at') && read(page).includes('We help with relocation'), 60_000, terminal);

    const layout = join(site, 'my-layouts/role.js');
    writeFileSync(layout, read(layout).replace('We help with relocation to', 'Relocation support for'));
    await waitFor('the edited layout on the page', () => read(page).includes('Relocation support for Engineering hubs'), 60_000, terminal);
    assert.ok(!read(page).includes('We help with relocation'));

    writeFileSync(join(site, 'brand/site.css'), `${read(join(site, 'brand/site.css'))}\n.relocation { border: 2px solid; }\n`);
    await waitFor('the edited stylesheet in the site', () => read(css).includes('.relocation { border: 2px solid; }'), 60_000, terminal);

    const settings = join(site, 'careers.config.yaml');
    writeFileSync(settings, read(settings).replace('apply: "Apply for this role"', 'apply: "Send us your application"'));
    await waitFor('the edited settings on the page', () => read(page).includes('Send us your application'), 60_000, terminal);
    assert.doesNotMatch(terminal(), /\n\s+at /, 'no stack trace');
  } finally {
    await server.stop();
  }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { parseYaml } from '../../src/yaml/parse-yaml.ts';
import { validateYaml, type YamlRules } from '../../src/yaml/validate-yaml.ts';

const KEYS = ['title', 'alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima', 'mike'];
const RULES: YamlRules = { unknownKey: 'settings/unknown-key', required: 'settings/invalid', type: 'settings/invalid', knownKeys: { '': KEYS, short: ['a', 'b'] }, reference: 'the reference' };
const schema = z.strictObject({ ...Object.fromEntries(KEYS.map((key) => [key, z.string().optional()])), short: z.strictObject({ a: z.string().optional(), b: z.string().optional() }).optional() });

const hints = (text: string): string[] => {
  const parsed = parseYaml(text, 'settings.yaml', 'settings/syntax');
  assert.ok(parsed.ok);
  return validateYaml(schema, parsed.yaml, 'settings.yaml', RULES).diagnostics.map((d) => `${d.line}:${d.column} ${d.message} | ${d.hint}`);
};

test('an unknown key is a warning at the key: a near spelling is suggested, otherwise the known keys, or the first ones and where all are listed', () => {
  assert.deepEqual(hints('titel: x\nshort:\n  zulu: 1\nzzz: 2\n').sort(), [
    '1:1 Unknown key `titel`; it is ignored. | Did you mean `title`?',
    '3:3 Unknown key `zulu` in `short`; it is ignored. | Known keys here: `a`, `b`.',
    '4:1 Unknown key `zzz`; it is ignored. | Known keys here include `title`, `alpha`, `bravo`, `charlie`, `delta`, `echo`, `foxtrot`, `golf`, `hotel`, `india`, `juliet`, `kilo` and 2 more; the reference lists them all.',
  ]);
});

// @ts-check
// The layers of the code, lowest first. A module may import modules of its own layer folder and of
// layers before it, never of a layer after it: dependencies point one way, so no two folders can
// import each other, even through a third. `npm test` checks it (tests/architecture/layers.test.ts).
/** @type {readonly { name: string, path: string }[]} */
const LAYERS = [
  { name: 'diagnostics', path: '^src/diagnostics/' },
  { name: 'package root and entry points', path: '^src/(package-root|entry-points)\\.ts$' },
  { name: 'model', path: '^src/model/' },
  { name: 'yaml', path: '^src/yaml/' },
  { name: 'schema', path: '^src/schema/' },
  { name: 'settings', path: '^src/settings/' },
  { name: 'language', path: '^src/language/' },
  { name: 'pay', path: '^src/pay/' },
  { name: 'markdown', path: '^src/markdown/' },
  { name: 'page-rules', path: '^src/page-rules/' },
  { name: 'content', path: '^src/content/' },
  { name: 'layouts (render)', path: '^layouts/' },
  { name: 'links', path: '^src/links/' },
  { name: 'checks', path: '^src/checks/' },
  { name: 'ats', path: '^src/ats/' },
  { name: 'build', path: '^src/build/' },
  { name: 'git', path: '^src/git/' },
  { name: 'docs', path: '^src/docs/' },
  { name: 'eleventy', path: '^src/eleventy/' },
  { name: 'cli', path: '^src/cli/' },
  { name: 'library API', path: '^src/api/' },
];

/** @type {import('dependency-cruiser').IForbiddenRuleType[]} */
const upward = LAYERS.flatMap((lower, i) => LAYERS.slice(i + 1).map((higher) => ({
  name: `${lower.name} may not import ${higher.name}`,
  comment: `The layers point one way (.dependency-cruiser.cjs lists them lowest first): ${lower.name} is below ${higher.name}.`,
  severity: /** @type {const} */ ('error'),
  from: { path: lower.path },
  to: { path: higher.path },
})));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'no-circular',
      comment: 'Modules that import each other, directly or through others.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-in-a-layer',
      comment: 'Every module of src/ belongs to a layer listed in .dependency-cruiser.cjs.',
      severity: 'error',
      from: { path: '^src/', pathNot: LAYERS.map((layer) => layer.path) },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|lib|tests|bench)/|\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    moduleSystems: ['es6'],
  },
  LAYERS,
};

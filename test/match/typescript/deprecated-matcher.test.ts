import { testTsMatcher } from './ts-rule-tester.js';

/** A CommonJS module of the project: one deprecated function, used by its neighbour too. */
const LEGACY_JS = {
  'lib/legacy.js': '/** @deprecated use newer() */\nfunction older() { return 1; }\nfunction newer() { return older() + 1; }\nmodule.exports = { older, newer };',
};

/** A TypeScript module of the project with deprecated members of every kind. */
const API_TS = {
  'api.ts': `export class Api {
  /** @deprecated use fresh() */
  old(): void {}
  fresh(): void {}
}
/** @deprecated */
export class Gone {}
/** @deprecated */
export const OLD = 1;
/** @deprecated */
export const oldArrow = () => 1;
export function g(a: string): void;
/** @deprecated pass a string */
export function g(a: number): void;
export function g(a: unknown): void {}
/** @deprecated pass a number */
export function f(a: string): void;
export function f(a: number): void;
export function f(a: unknown): void {}`,
};

const NODE_DEPRECATED = "const util = require('util');\nconst fs = require('fs');\nmodule.exports = [util.isArray([]), new Buffer(1), Buffer.from('x'), fs.exists('a', () => {}), fs.existsSync('a')];";

/** Uses of a project deprecation and a Node one in one file. */
const MIXED = "const legacy = require('./lib/legacy');\nconst util = require('util');\nmodule.exports = [legacy.older(), util.isArray([])];";

testTsMatcher('deprecated', {
  valid: [
    { name: 'the deprecated declaration itself', code: '/** @deprecated */\nfunction older() { return 1; }\nmodule.exports = older;', options: [true] },
    { name: 'a plain comment is no JSDoc', code: '/* @deprecated */\nfunction plain() {}\nmodule.exports = plain();', options: [true] },
    { name: "a function of the same name as another file's deprecated one", code: 'function older() { return 1; }\nmodule.exports = older();', options: [true] },
    { name: "project: Node's own deprecations are left out", code: NODE_DEPRECATED, options: ['project'] },
    { name: "dependencies: the project's deprecations are left out", code: "const legacy = require('./lib/legacy');\nmodule.exports = legacy.older();", project: LEGACY_JS, options: ['dependencies'] },
  ],
  invalid: [
    { name: 'a project function called from another file', code: "const legacy = require('./lib/legacy');\nmodule.exports = [legacy.older(), legacy.newer()];", project: LEGACY_JS, options: ['project'], hits: ['2:26 exact lib/legacy#older'] },
    { name: 'a project function called in its own file', code: '/** @deprecated use newer() */\nfunction older() { return 1; }\nmodule.exports = function () { return older(); };', options: ['project'], hits: ['3:39 exact'] },
    {
      name: 'exports.x = with the tag on the statement',
      code: "const old = require('./lib/old');\nmodule.exports = [old.oldest(), old.fresh()];",
      project: { 'lib/old.js': '/** @deprecated */\nexports.oldest = function () {};\nexports.fresh = function () {};' },
      options: ['project'],
      hits: ['2:23 exact'],
    },
    {
      name: 'ESM import of a deprecated function (.mjs)',
      file: 'case.mjs',
      code: "import { older } from './lib/legacy.mjs';\nexport const x = older();",
      project: { 'lib/legacy.mjs': '/** @deprecated */\nexport function older() { return 1; }' },
      options: [true],
      hits: ['2:18 exact'],
    },
    {
      name: 'method, class, constant and arrow function (.ts)',
      file: 'case.ts',
      code: "import * as api from './api';\nimport { Api, Gone, oldArrow } from './api';\nexport const x = [new Api().old(), new Api().fresh(), new Gone(), api.OLD, oldArrow()];",
      project: API_TS,
      options: ['project'],
      hits: ['3:29 exact Api#old', '3:55 exact api#Gone', '3:71 exact api#OLD', '3:76 exact api#oldArrow'],
    },
    { name: 'only the deprecated overload (tag on a later one)', file: 'case.ts', code: "import { g } from './api';\nexport const x = [g('x'), g(1)];", project: API_TS, options: ['project'], hits: ['2:27 exact'] },
    {
      name: 'only the deprecated overload (tag on the first one)',
      file: 'case.ts',
      code: "import { f } from './api';\nexport const x = [f('x'), f(1)];",
      project: API_TS,
      options: ['project'],
      hits: ['2:19 exact'],
    },
    { name: "project: the project's own, not Node's in the same file", code: MIXED, project: LEGACY_JS, options: ['project'], hits: ['3:26 exact lib/legacy#older'] },
    { name: "dependencies: Node's, not the project's in the same file", code: MIXED, project: LEGACY_JS, options: ['dependencies'], hits: ['3:40 exact util#isArray'] },
    { name: 'true: project and dependencies alike', code: MIXED, project: LEGACY_JS, options: [true], hits: ['3:26 exact', '3:40 exact'] },
    {
      name: "dependencies: Node's deprecated function, constructor signature and callback API",
      code: NODE_DEPRECATED,
      options: ['dependencies'],
      hits: ['3:24 exact util#isArray', '3:37 exact buffer#Buffer', '3:73 exact fs#exists'],
    },
  ],
});

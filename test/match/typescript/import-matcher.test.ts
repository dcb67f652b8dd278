import { testTsMatcher } from './ts-rule-tester.js';

const LEGACY = ['domain', 'sys'];

testTsMatcher('import', {
  valid: [
    { name: 'a module whose name only starts the same', code: "const d = require('domainx');\nconst s = require('@scope/domain');\nmodule.exports = [d, s];", options: LEGACY },
    { name: 'a project file named domain', code: "module.exports = require('./domain');", project: { 'domain.js': 'module.exports = 1;' }, options: LEGACY },
    { name: 'a method named require', code: "module.exports = loader.require('domain');", options: LEGACY },
    { name: 'a computed specifier', code: "const name = 'domain';\nmodule.exports = require(name);", options: LEGACY },
    { name: 'mentions in comments and strings', code: "// require('domain')\n/** import d from 'domain' */\nmodule.exports = \"require('domain')\";", options: LEGACY },
    { name: 'other modules (.mjs)', file: 'case.mjs', code: "import fs from 'node:fs';\nexport * from 'url';\nexport const f = fs;", options: LEGACY },
  ],
  invalid: [
    { name: 'require() at the call', code: "const d = require('domain');\nmodule.exports = d;", options: LEGACY, hits: ['1:11 exact domain'] },
    { name: 'require() of a template literal with node: prefix', code: 'module.exports = require(`node:sys`);', options: LEGACY, hits: ['1:18 exact sys'] },
    { name: 'a rule written with node:', code: "module.exports = require('domain');", options: ['node:domain'], hits: ['1:18 exact domain'] },
    { name: 'dynamic import()', code: "module.exports = () => import('domain');", options: LEGACY, hits: ['1:24 exact domain'] },
    {
      name: 'default, side-effect and re-exporting imports (.mjs)',
      file: 'case.mjs',
      code: "import d from 'node:domain';\nimport 'sys';\nexport * from 'domain';\nexport { create } from 'domain';\nexport const x = d;",
      options: LEGACY,
      hits: ['1:1 exact domain', '2:1 exact sys', '3:1 exact domain', '4:1 exact domain'],
    },
    {
      name: 'type-only import and import = require (.ts)',
      file: 'case.ts',
      code: "import type { Domain } from 'domain';\nimport sys = require('sys');\nexport type D = Domain;\nexport const s = sys;",
      options: LEGACY,
      hits: ['1:1 exact domain', '2:1 exact sys'],
    },
    { name: 'nested in a function', code: "module.exports = function () {\n  return require('domain').create();\n};", options: LEGACY, hits: ['2:10 exact'] },
  ],
});

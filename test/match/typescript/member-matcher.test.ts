import { testTsMatcher } from './ts-rule-tester.js';

const R_OK = ['fs#R_OK'];
const MAIN_MODULE = ['NodeJS.Process#mainModule'];

testTsMatcher('member', {
  valid: [
    { name: 'the constant where it still lives (fs.constants)', code: "const fs = require('fs');\nmodule.exports = fs.constants.R_OK;", options: R_OK },
    { name: 'a local object named fs', code: 'const fs = { R_OK: 4 };\nmodule.exports = fs.R_OK;', options: R_OK },
    {
      name: 'a project module standing in for fs',
      code: "const fs = require('./lib/fake-fs');\nmodule.exports = fs.R_OK;",
      project: { 'lib/fake-fs.js': 'exports.R_OK = 4;' },
      options: R_OK,
    },
    { name: 'an assignment target is a write', code: "const fs = require('fs');\nfs.R_OK = 4;", options: R_OK },
    { name: 'mentions in comments and strings', code: "// fs.R_OK\nmodule.exports = 'fs.R_OK process.mainModule';", options: [...R_OK, ...MAIN_MODULE] },
    { name: 'require.main is not process.mainModule', code: 'module.exports = require.main;', options: MAIN_MODULE },
    { name: 'a parameter shadowing a destructured name', code: "const { R_OK } = require('fs');\nfunction f(R_OK) { return [R_OK]; }\nmodule.exports = f;", options: R_OK },
  ],
  invalid: [
    { name: 'a constant missing from the typings: by import', code: "const fs = require('fs');\nmodule.exports = fs.R_OK;", options: R_OK, hits: ['2:21 by-import fs#R_OK'] },
    { name: 'on require() itself', code: "module.exports = require('fs').R_OK;", options: R_OK, hits: ['1:32 by-import'] },
    { name: 'default import with node: prefix (.mjs)', file: 'case.mjs', code: "import fs from 'node:fs';\nexport const a = fs.R_OK;", options: R_OK, hits: ['2:21 by-import'] },
    { name: 'namespace import (.ts)', file: 'case.ts', code: "import * as fs from 'fs';\nexport const a = fs.R_OK;", options: R_OK, hits: ['2:21 by-import'] },
    { name: 'wildcard member, two on a line', code: "const fs = require('fs');\nmodule.exports = fs.R_OK | fs.W_OK | fs.constants.X_OK;", options: ['fs#*_OK'], hits: ['2:21 by-import fs#R_OK', '2:31 by-import fs#W_OK'] },
    { name: 'a namespace of a module names its owner (fs.constants)', code: "const fs = require('fs');\nmodule.exports = fs.constants.R_OK;", options: ['fs.constants#R_OK'], hits: ['2:31 exact fs.constants#R_OK'] },
    { name: 'a member of a declared type', code: 'module.exports = process.mainModule;', options: MAIN_MODULE, hits: ['1:26 exact NodeJS.Process#mainModule'] },
    { name: 'a member of a declared type (.mjs, in a condition)', file: 'case.mjs', code: 'export const isMain = process.mainModule === undefined;', options: MAIN_MODULE, hits: ['1:31 exact'] },
    {
      name: 'a destructured constant used bare',
      code: "const { R_OK } = require('fs');\nmodule.exports = R_OK;",
      options: R_OK,
      // Like a statically imported Java constant: the use is the finding, not the binding.
      hits: ['2:18 by-import fs#R_OK'],
    },
    {
      name: 'a named import used bare (.mjs), exact where the typings have it',
      file: 'case.mjs',
      code: "import { constants } from 'fs';\nexport const a = [constants];",
      options: ['fs#constants'],
      hits: ['2:19 exact fs#constants'],
    },
  ],
});

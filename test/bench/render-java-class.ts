import { emitStatements, expr, type Scope } from './java-statements.js';
import type { ClassPlan, MethodPlan, ValueType } from './plan-java-corpus.js';
import type { Random } from './seeded-random.js';

/** What generated statements may refer to; legacy code imports it all and uses half. */
export const IMPORTS = [
  'java.math.BigDecimal',
  'java.math.RoundingMode',
  'java.net.URLEncoder',
  'java.util.ArrayList',
  'java.util.Collections',
  'java.util.Comparator',
  'java.util.Date',
  'java.util.HashMap',
  'java.util.Iterator',
  'java.util.List',
  'java.util.Locale',
  'java.util.Map',
  'java.util.logging.Logger',
];

/** One legacy service class: licence header, imports, fields, a constructor and the planned methods. */
export function renderJavaClass(plan: ClassPlan, rnd: Random): string {
  const helper = plan.collaborator;
  const imports = [...IMPORTS];
  if (helper && helper.packageName !== plan.packageName) imports.push(`${helper.packageName}.${helper.name}`);
  const hasSunBase64 = rnd.chance(0.03);
  if (hasSunBase64) imports.push('sun.misc.BASE64Encoder');
  const hasFinalizer = rnd.chance(0.03);
  const head = [
    '/*',
    ` * Copyright (c) ${rnd.int(2001, 2012)} Acme Corp. All rights reserved.`,
    ' * Licensed under the Acme internal licence; see LICENSE.txt.',
    ' */',
    `package ${plan.packageName};`,
    '',
    ...imports.sort().map((i) => `import ${i};`),
    '',
    '/**',
    ` * ${plan.name}: ${plan.methods.length} operations kept from the ${rnd.pick(['JSP', 'EJB 2', 'Struts 1'])} era.`,
    ' */',
    `public class ${plan.name} {`,
    '',
    `    private static final Logger LOG = Logger.getLogger(${plan.name}.class.getName());`,
    `    private static final String TAG = "${plan.name}";`,
    `    private static final int MAX_SIZE = ${rnd.int(8, 512)};`,
    `    private static final BigDecimal RATE = new BigDecimal("0.${rnd.int(10, 99)}");`,
    '',
    '    private final List<String> names = new ArrayList<String>();',
    '    private Map<String, Integer> counts = new HashMap<String, Integer>();',
    '    private BigDecimal total = BigDecimal.ZERO;',
    '    private Date lastUpdated = new Date();',
    ...(helper ? [`    private ${helper.name} helper;`] : []),
    ...(hasSunBase64 ? ['    private final BASE64Encoder encoder = new BASE64Encoder();'] : []),
    '',
    `    public ${plan.name}() {`,
    ...(helper ? [`        this.helper = new ${helper.name}();`] : []),
    `        names.add(TAG);`,
    '    }',
  ];
  // Each method gets an even share of the lines still to write, so overshoot does not accumulate.
  const lines = [...head];
  plan.methods.forEach((method, i) => {
    const share = (plan.targetLines - lines.length - 2) / (plan.methods.length - i);
    const overhead = method.returns === 'void' ? 6 : 7; // javadoc, signature, braces (and the return)
    lines.push(...renderMethod(method, rnd, Math.max(1, Math.ceil(share) - overhead), helper));
  });
  if (hasFinalizer) lines.push('', '    protected void finalize() throws Throwable {', '        names.clear();', '        super.finalize();', '    }');
  return [...lines, '}', ''].join('\n');
}

function renderMethod(method: MethodPlan, rnd: Random, budget: number, helper: ClassPlan | undefined): string[] {
  const scope = newScope(rnd, helper);
  for (const p of method.params) scope.vars[p.type].push(p.name);
  const body = emitStatements(scope, budget);
  if (method.returns !== 'void') body.push(`return ${expr(scope, method.returns)};`);
  const params = method.params.map((p) => `${p.type} ${p.name}`).join(', ');
  return [
    '',
    '    /**',
    `     * ${method.isDeprecated ? '@deprecated use the batch API instead.' : `Handles ${method.name} for the nightly run.`}`,
    '     */',
    ...(method.isDeprecated ? ['    @Deprecated'] : []),
    `    public ${method.returns} ${method.name}(${params}) {`,
    ...body.map((line) => `        ${line}`),
    '    }',
  ];
}

/** A fresh per-method scope: fields are always visible; locals get unique names. */
export function newScope(rnd: Random, helper: ClassPlan | undefined, helperField = 'helper'): Scope {
  let counter = 0;
  const vars: Record<ValueType, string[]> = { int: [], String: [], boolean: [], BigDecimal: [], Date: [], 'List<String>': [] };
  return {
    rnd,
    vars,
    fresh: (base) => `${base}${++counter}`,
    ...(helper && helper.methods.length > 0 ? { helper: { field: helperField, plan: helper } } : {}),
    depth: 0,
  };
}

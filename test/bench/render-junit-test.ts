import { emitStatements, expr } from './java-statements.js';
import { IMPORTS, newScope } from './render-java-class.js';
import type { ClassPlan, MethodPlan } from './plan-java-corpus.js';
import type { Random } from './seeded-random.js';
import { nullThrows } from '../../src/core/null-throws.js';

/** A JUnit 4 test (or, for `junit3-test`, a TestCase subclass) exercising its subject's methods. */
export function renderJunitTest(plan: ClassPlan, rnd: Random): string {
  const subject = nullThrows(plan.subject, 'a test plan names its subject');
  const isJunit3 = plan.kind === 'junit3-test';
  const imports = [...IMPORTS, ...(isJunit3 ? ['junit.framework.TestCase'] : ['org.junit.Assert', 'org.junit.Before', 'org.junit.Test'])];
  const head = [
    `package ${plan.packageName};`,
    '',
    ...imports.map((i) => `import ${i};`),
    ...(isJunit3 ? [] : ['', 'import static org.junit.Assert.assertNotNull;', 'import static org.junit.Assert.assertTrue;']),
    '',
    `public class ${plan.name}${isJunit3 ? ' extends TestCase' : ''} {`,
    '',
    `    private static final Logger LOG = Logger.getLogger(${plan.name}.class.getName());`,
    `    private static final String TAG = "${plan.name}";`,
    '    private static final int MAX_SIZE = 16;',
    '    private static final BigDecimal RATE = new BigDecimal("0.19");',
    `    private ${subject.name} subject;`,
    '    private List<String> names = new ArrayList<String>();',
    '    private Map<String, Integer> counts = new HashMap<String, Integer>();',
    '    private BigDecimal total = BigDecimal.TEN;',
    '    private Date lastUpdated = new Date();',
    '',
    ...(isJunit3 ? ['    protected void setUp() throws Exception {'] : ['    @Before', '    public void setUp() {']),
    `        subject = new ${subject.name}();`,
    '    }',
  ];
  const methods: string[] = [];
  for (let n = 1; head.length + methods.length < plan.targetLines - 1; n++) {
    methods.push(...renderTestMethod(rnd.pick(subject.methods), n, rnd, subject, isJunit3));
  }
  return [...head, ...methods, '}', ''].join('\n');
}

function renderTestMethod(method: MethodPlan, n: number, rnd: Random, subject: ClassPlan, isJunit3: boolean): string[] {
  const scope = newScope(rnd, subject, 'subject');
  const args = method.params.map((p) => expr(scope, p.type)).join(', ');
  const call = `subject.${method.name}(${args})`;
  const assertion = isJunit3 ? 'assertTrue' : rnd.pick(['Assert.assertTrue', 'assertTrue']);
  const checks =
    method.returns === 'void'
      ? [`${call};`, `${assertion}(subject != null);`]
      : [`${method.returns} actual = ${call};`, isJunit3 ? 'assertNotNull(actual);' : rnd.pick(['Assert.assertNotNull(actual);', 'assertNotNull(actual);']), `${isJunit3 ? '' : 'Assert.'}assertEquals(actual, ${call});`];
  const annotation = isJunit3 ? [] : [rnd.pick(['    @Test', '    @Test', '    @Test', '    @Test(expected = IllegalStateException.class)', '    @Test(timeout = 2000)'])];
  return [
    '',
    ...annotation,
    `    public void test${method.name[0]?.toUpperCase() ?? ''}${method.name.slice(1)}${n}() throws Exception {`,
    ...emitStatements(scope, rnd.int(1, 6)).map((line) => `        ${line}`),
    ...checks.map((line) => `        ${line}`),
    '    }',
  ];
}

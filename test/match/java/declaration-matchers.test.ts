import { testJavaMatcher } from './java-rule-tester.js';

testJavaMatcher('import', {
  valid: [
    { name: 'another package', code: 'import java.util.Base64;\nclass A {}', options: ['sun.misc.BASE64Encoder'] },
    { name: 'a prefix that is not a package boundary', code: 'import sun.miscellaneous.X;\nclass A {}', options: ['sun.misc'] },
  ],
  invalid: [
    { name: 'single-type import', code: 'import java.util.List;\nimport sun.misc.BASE64Encoder;\nclass A {}', options: ['sun.misc.BASE64Encoder'], hits: ['2:1 exact'] },
    { name: 'package prefix, static import included', code: 'import static org.junit.Assert.*;\nimport org.junit.Test;\nclass A {}', options: ['org.junit'], hits: ['1:1 exact', '2:1 exact'] },
    { name: 'on-demand import of the package', code: 'import sun.misc.*;\nclass A {}', options: ['sun.misc.BASE64Decoder'], hits: ['1:1 by-import'] },
  ],
});

testJavaMatcher('annotation', {
  valid: [
    { name: 'plain @Test when attributes are required', code: 'import org.junit.Test;\nclass T { @Test public void t() {} }', options: [{ type: 'org.junit.Test', attributes: ['expected'] }] },
    { name: 'JUnit 5 @Test', code: 'import org.junit.jupiter.api.Test;\nclass T { @Test public void t() {} }', options: ['org.junit.Test'] },
  ],
  invalid: [
    { name: '@Test(expected=…)', code: 'import org.junit.Test;\nclass T {\n  @Test(expected = IllegalStateException.class)\n  public void t() {}\n}', options: [{ type: 'org.junit.Test', attributes: ['expected', 'timeout'] }], hits: ['3:3 exact'] },
    { name: 'fully qualified marker annotation', code: 'class T { @org.junit.Test public void t() {} }', options: ['org.junit.Test'], hits: ['1:11 exact'] },
  ],
});

testJavaMatcher('extends', {
  valid: [{ name: 'unrelated superclass', code: 'import junit.framework.Assert;\nclass T extends Assert {}', options: ['junit.framework.TestCase'] }],
  invalid: [
    { name: 'imported superclass', code: 'import junit.framework.TestCase;\npublic class T extends TestCase {}', options: ['junit.framework.TestCase'], hits: ['2:24 exact'] },
    { name: 'qualified superclass and an interface', code: 'class T extends junit.framework.TestCase implements java.io.Serializable {}', options: ['junit.framework.TestCase', 'java.io.Serializable'], hits: ['1:17 exact', '1:53 exact'] },
  ],
});

testJavaMatcher('overrides', {
  valid: [
    { name: 'an overload with parameters', code: 'class A { void finalize(int x) {} }', options: [{ method: 'java.lang.Object#finalize', params: 0 }] },
    { name: 'a call, not a declaration', code: 'class A { void f(A a) throws Throwable { a.finalize(); } }', options: [{ method: 'java.lang.Object#finalize', params: 0 }] },
  ],
  invalid: [
    { name: 'finalize override', code: 'class A {\n  protected void finalize() throws Throwable {}\n}', options: [{ method: 'java.lang.Object#finalize', params: 0 }], hits: ['2:18 exact'] },
    { name: 'in a nested class', code: 'class A { static class B { protected void finalize() {} } }', options: ['java.lang.Object#finalize'], hits: ['1:43 exact'] },
  ],
});

testJavaMatcher('query', {
  valid: [{ name: 'no System.exit', code: 'class A { void f() { System.out.println(1); } }', options: ['((method_invocation object: (identifier) @o name: (identifier) @n) @match (#eq? @o "System") (#eq? @n "exit"))'] }],
  invalid: [
    {
      name: 'System.exit calls',
      code: 'class A {\n  void f() { System.exit(1); }\n}',
      options: ['((method_invocation object: (identifier) @o name: (identifier) @n) @match (#eq? @o "System") (#eq? @n "exit"))'],
      hits: ['2:14 exact'],
    },
  ],
});

import { testJavaMatcher } from './java-rule-tester.js';

testJavaMatcher('member', {
  valid: [
    { name: 'a constant of another type', code: 'import java.math.RoundingMode;\nclass A { Object m = RoundingMode.HALF_UP; }', options: ['java.math.BigDecimal#ROUND_*'] },
    { name: 'a local that shadows a static import', code: 'import static java.math.BigDecimal.ROUND_UP;\nclass A { int f() { int ROUND_UP = 1; return ROUND_UP; } }', options: ['java.math.BigDecimal#ROUND_*'] },
    { name: 'a mention in a string', code: 'class A { String s = "BigDecimal.ROUND_UP"; }', options: ['java.math.BigDecimal#ROUND_*'] },
    { name: 'a case label of an int switch is no enum constant', code: 'class A { static final int ROUND_UP = 0; int f(int m) { switch (m) { case ROUND_UP: return 1; default: return 0; } } }', options: ['java.math.BigDecimal#ROUND_*'] },
  ],
  invalid: [
    { name: 'qualified constant', code: 'import java.math.BigDecimal;\nclass A { int m = BigDecimal.ROUND_DOWN; }', options: ['java.math.BigDecimal#ROUND_*'], hits: ['2:30 exact java.math.BigDecimal#ROUND_DOWN'] },
    { name: 'statically imported constant used bare', code: 'import static java.math.BigDecimal.ROUND_HALF_UP;\nclass A { int f() { return ROUND_HALF_UP; } }', options: ['java.math.BigDecimal#ROUND_*'], hits: ['2:28 exact'] },
    {
      name: 'a bare case label of a switch on the enum',
      code: 'package p;\nclass A { int f(Mode m) { switch (m) { case SLOW: return 1; default: return 0; } } }',
      project: { 'p/Mode.java': 'package p;\npublic enum Mode { SLOW, FAST }' },
      options: ['p.Mode#SLOW'],
      hits: ['2:45 exact p.Mode#SLOW'],
    },
    { name: 'a statically imported constant as a case label of an int switch', code: 'import static java.math.BigDecimal.ROUND_UP;\nclass A { int f(int m) { switch (m) { case ROUND_UP: return 1; default: return 0; } } }', options: ['java.math.BigDecimal#ROUND_*'], hits: ['2:44 exact java.math.BigDecimal#ROUND_UP'] },
    { name: 'fully qualified constant', code: 'class A { int m = java.math.BigDecimal.ROUND_UP; }', options: ['java.math.BigDecimal#ROUND_UP'], hits: ['1:40 exact'] },
  ],
});

import { testJavaMatcher } from './java-rule-tester.js';

testJavaMatcher('member', {
  valid: [
    { name: 'a constant of another type', code: 'import java.math.RoundingMode;\nclass A { Object m = RoundingMode.HALF_UP; }', options: ['java.math.BigDecimal#ROUND_*'] },
    { name: 'a local that shadows a static import', code: 'import static java.math.BigDecimal.ROUND_UP;\nclass A { int f() { int ROUND_UP = 1; return ROUND_UP; } }', options: ['java.math.BigDecimal#ROUND_*'] },
    { name: 'a mention in a string', code: 'class A { String s = "BigDecimal.ROUND_UP"; }', options: ['java.math.BigDecimal#ROUND_*'] },
  ],
  invalid: [
    { name: 'qualified constant', code: 'import java.math.BigDecimal;\nclass A { int m = BigDecimal.ROUND_DOWN; }', options: ['java.math.BigDecimal#ROUND_*'], hits: ['2:30 exact java.math.BigDecimal#ROUND_DOWN'] },
    { name: 'statically imported constant used bare', code: 'import static java.math.BigDecimal.ROUND_HALF_UP;\nclass A { int f() { return ROUND_HALF_UP; } }', options: ['java.math.BigDecimal#ROUND_*'], hits: ['2:28 exact'] },
    { name: 'fully qualified constant', code: 'class A { int m = java.math.BigDecimal.ROUND_UP; }', options: ['java.math.BigDecimal#ROUND_UP'], hits: ['1:40 exact'] },
  ],
});

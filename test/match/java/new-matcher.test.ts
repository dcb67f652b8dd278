import { testJavaMatcher } from './java-rule-tester.js';

testJavaMatcher('new', {
  valid: [
    { name: 'mention in a comment or a string', code: 'class A { /* new Integer(5) */ String s = "new Integer(5)"; }', options: ['java.lang.Integer'] },
    { name: 'valueOf is not a constructor', code: 'class A { Integer i = Integer.valueOf(5); }', options: ['java.lang.Integer'] },
    {
      name: 'a project class with a JDK name',
      code: 'package p;\nclass A { Object d = new Date("2001"); }',
      project: { 'p/Date.java': 'package p;\npublic class Date { public Date(String s) {} }' },
      options: [{ type: 'java.util.Date', args: ['String'] }],
    },
    {
      name: 'an imported project class with a JDK name',
      code: 'package q;\nimport p.Date;\nclass A { Object d = new Date("2001"); }',
      project: { 'p/Date.java': 'package p;\npublic class Date { public Date(String s) {} }' },
      options: ['java.util.Date'],
    },
    { name: 'argument types rule the match out', code: 'import java.util.Date;\nclass A { Date d = new Date(System.currentTimeMillis()); long t; Date e = new Date(t); }', options: [{ type: 'java.util.Date', args: ['String'] }] },
    { name: "a copy through getTime() is Date(long), not Date(String)", code: 'import java.util.Date;\nclass A { Date copy(Date d) { return new Date(d.getTime()); } }', options: [{ type: 'java.util.Date', args: ['String'] }] },
    { name: 'argument count rules the match out', code: 'import java.util.Date;\nclass A { Date d = new Date(1, 2); }', options: [{ type: 'java.util.Date', args: ['int', 'int', 'int'] }] },
    { name: 'a type from an unrelated on-demand import', code: 'import java.sql.*;\nclass A { Object d = new Date("x"); }', options: ['java.util.Date'] },
  ],
  invalid: [
    { name: 'java.lang type, implicit import', code: 'class A {\n  Integer i = new Integer(5);\n}', options: ['java.lang.Integer'], hits: ['2:15 by-import java.lang.Integer#<init>'] },
    { name: 'fully qualified', code: 'class A { Object l = new java.lang.Long(1); }', options: ['java.lang.Long'], hits: ['1:22 exact'] },
    {
      name: 'nested creations, each one',
      code: 'class A { Long l = new Long(new Integer(0).longValue()); }',
      options: ['java.lang.Integer', 'java.lang.Long'],
      hits: ['1:20 by-import', '1:29 by-import'],
    },
    { name: 'single-type import', code: 'import java.util.Date;\nclass A { Date d = new Date("2001-01-01"); }', options: [{ type: 'java.util.Date', args: ['String'] }], hits: ['2:20 exact'] },
    { name: 'on-demand import', code: 'import java.util.*;\nclass A { Date d = new Date(2001, 1, 1); }', options: [{ type: 'java.util.Date', args: ['int', 'int', 'int'] }], hits: ['2:20 by-import'] },
    { name: 'argument typed by a local', code: 'import java.util.Date;\nclass A { void f(String s) { new Date(s); } }', options: [{ type: 'java.util.Date', args: ['String'] }], hits: ['2:30 exact'] },
    {
      name: 'counts from the JDK collections are ints',
      code: 'import java.util.*;\nclass A { Date f(List<String> names, Map<String, Date> m) { new Date(names.size(), m.size(), 1); return null; } }',
      options: [{ type: 'java.util.Date', args: ['int', 'int', 'int'] }],
      hits: ['2:61 by-import'],
    },
    { name: 'unknown argument type lowers the grade', code: 'import java.util.Date;\nclass A { void f() { new Date(g().h()); } }', options: [{ type: 'java.util.Date', args: ['String'] }], hits: ['2:22 name-only'] },
    { name: 'anonymous subclass creation', code: 'class A { Thread t = new Thread() { public void run() {} }; }', options: ['java.lang.Thread'], hits: ['1:22 by-import'] },
  ],
});

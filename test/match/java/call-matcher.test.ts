import { testJavaMatcher } from './java-rule-tester.js';

const DATE_GETTERS = ['java.util.Date#getYear|getMonth|getHours'];

testJavaMatcher('call', {
  valid: [
    { name: 'in comments and strings', code: 'class A { /* d.getYear() */ String s = "d.getYear()"; }', options: DATE_GETTERS },
    { name: 'receiver of another known type', code: 'import java.time.LocalDate;\nclass A { void f(LocalDate d) { d.getYear(); } }', options: DATE_GETTERS },
    {
      name: "a project class's own method of the same name",
      code: 'package p;\nclass A { void f(Date d) { d.getYear(); } }',
      project: { 'p/Date.java': 'package p;\npublic class Date { public int getYear() { return 1; } }' },
      options: DATE_GETTERS,
    },
    { name: 'user class with its own stop()', code: 'class Worker { void stop() {} }\nclass A { void f(Worker w) { w.stop(); } }', options: ['java.lang.Thread#stop'] },
    { name: 'two-argument overload excluded by args', code: 'import java.net.URLEncoder;\nclass A { String f(String s) throws Exception { return URLEncoder.encode(s, "UTF-8"); } }', options: [{ method: 'java.net.URLEncoder#encode', args: 1 }] },
    { name: 'RoundingMode argument is not an int', code: 'import java.math.*;\nclass A { BigDecimal f(BigDecimal a) { return a.setScale(2, RoundingMode.HALF_UP); } }', options: [{ method: 'java.math.BigDecimal#setScale', args: ['int', 'int'] }] },
    { name: 'a wildcard member never matches an unknown receiver', code: 'class A { void f() { g().assertEquals(1, 2); } }', options: ['org.junit.Assert#*'] },
    {
      name: "element of a list of a project type with its own getYear()",
      code: 'package p;\nimport java.util.List;\nclass A { List<Rec> recs; int f() { return recs.get(0).getYear(); } }',
      project: { 'p/Rec.java': 'package p;\npublic class Rec { public int getYear() { return 1; } }' },
      options: DATE_GETTERS,
    },
    {
      name: 'value of a map of a project type',
      code: 'package p;\nimport java.util.HashMap;\nclass A { int f(HashMap<String, Rec> m) { return m.get("k").getYear(); } }',
      project: { 'p/Rec.java': 'package p;\npublic class Rec { public int getYear() { return 1; } }' },
      options: DATE_GETTERS,
    },
  ],
  invalid: [
    { name: 'instance call on a parameter', code: 'import java.util.Date;\nclass A {\n  int f(Date d) { return d.getYear(); }\n}', options: DATE_GETTERS, hits: ['3:28 exact java.util.Date#getYear'] },
    { name: 'on a field declared after the method', code: 'import java.util.*;\nclass A {\n  int f() { return when.getMonth(); }\n  Date when;\n}', options: DATE_GETTERS, hits: ['3:25 by-import'] },
    { name: 'generic loop variable', code: 'import java.util.*;\nclass A { void f(List<Date> ds) { for (Date d : ds) d.getHours(); } }', options: DATE_GETTERS, hits: ['2:55 by-import'] },
    { name: 'untyped lambda parameter: name only', code: 'import java.util.*;\nclass A { void f(List<Date> ds) { ds.forEach(d -> d.getHours()); } }', options: DATE_GETTERS, hits: ['2:53 name-only'] },
    { name: 'unknown chain: name only', code: 'import java.util.*;\nclass A { int f() { return Calendar.getInstance().getTime().getYear(); } }', options: DATE_GETTERS, hits: ['2:61 name-only'] },
    { name: 'subclass of the JDK type (java.sql.Date)', code: 'class A { int f(java.sql.Date d) { return d.getYear(); } }', options: DATE_GETTERS, hits: ['1:45 exact'] },
    { name: 'project subclass inherits the method', code: 'class MyThread extends Thread {}\nclass A { void f(MyThread t) { t.stop(); } }', options: ['java.lang.Thread#stop'], hits: ['2:34 by-import'] },
    { name: 'unqualified call in an anonymous Thread', code: 'class A { void f() { new Thread() { public void run() { stop(); } }; } }', options: ['java.lang.Thread#stop'], hits: ['1:57 by-import'] },
    { name: 'static call on a type', code: 'class A { boolean f(char c) { return Character.isJavaLetter(c); } }', options: ['java.lang.Character#isJavaLetter'], hits: ['1:48 by-import'] },
    { name: 'static call through a JDK return type', code: 'class A { void f() { Runtime.getRuntime().runFinalizersOnExit(true); } }', options: ['java.lang.Runtime#runFinalizersOnExit'], hits: ['1:43 by-import'] },
    { name: 'statically imported method (on demand)', code: 'import static org.junit.Assert.*;\nclass T { void t() { assertEquals(1, 2); } }', options: ['org.junit.Assert#*'], hits: ['2:22 by-import'] },
    { name: 'statically imported method (single)', code: 'import static org.junit.Assert.assertTrue;\nclass T { void t() { assertTrue(true); } }', options: ['org.junit.Assert#*'], hits: ['2:22 exact'] },
    { name: 'int rounding mode via constant', code: 'import java.math.BigDecimal;\nclass A { BigDecimal f(BigDecimal a) { return a.divide(a, 2, BigDecimal.ROUND_HALF_UP); } }', options: [{ method: 'java.math.BigDecimal#divide', args: ['*', 'int', 'int'] }], hits: ['2:49 exact'] },
    { name: 'Class.newInstance on a class literal', code: 'class A { Object f() throws Exception { return A.class.newInstance(); } }', options: [{ method: 'java.lang.Class#newInstance', args: 0 }], hits: ['1:56 by-import'] },
    { name: 'element of a List<Date> field', code: 'import java.util.Date;\nimport java.util.List;\nclass A {\n  List<Date> dates;\n  int f() { return dates.get(0).getYear(); }\n}', options: DATE_GETTERS, hits: ['5:33 exact'] },
    { name: 'element of an array field', code: 'import java.util.Date;\nclass A {\n  Date[] dates;\n  int f() { return dates[0].getYear(); }\n}', options: DATE_GETTERS, hits: ['4:29 exact'] },
    { name: 'value of a Map<String, Date> parameter', code: 'import java.util.*;\nclass A { int f(Map<String, Date> m) { return m.get("k").getMonth(); } }', options: DATE_GETTERS, hits: ['2:58 by-import'] },
    { name: 'element through a JDK subtype and a nested argument', code: 'import java.util.*;\nclass A { int f(HashMap<String, ArrayList<Date>> m) { return m.get("k").get(0).getHours(); } }', options: DATE_GETTERS, hits: ['2:80 by-import'] },
    { name: 'next() of an Iterator<Date> local', code: 'import java.util.*;\nclass A { void f(List<Date> ds) { Iterator<Date> it = ds.iterator(); it.next().getYear(); } }', options: DATE_GETTERS, hits: ['2:80 by-import'] },
    { name: 'upper bound of a wildcard', code: 'import java.util.*;\nclass A { int f(List<? extends Date> ds) { return ds.get(0).getYear(); } }', options: DATE_GETTERS, hits: ['2:61 by-import'] },
    { name: 'element of a project method returning List<Date>', code: 'import java.util.*;\nclass A { List<Date> all() { return null; } int f() { return all().get(0).getYear(); } }', options: DATE_GETTERS, hits: ['2:75 by-import'] },
    { name: 'element of a type variable: name only', code: 'import java.util.*;\nclass Box<T> { List<T> items; int f() { return items.get(0).getYear(); } }', options: DATE_GETTERS, hits: ['2:61 name-only'] },
    { name: 'call result of a project method', code: 'import java.util.Date;\nclass A { Date when() { return null; } int f() { return when().getYear(); } }', options: DATE_GETTERS, hits: ['2:64 exact'] },
  ],
});

import { testJavaMatcher } from './java-rule-tester.js';

const DATE_GETTERS = ['java.util.Date#getYear|getMonth|getHours'];

/** A case in package p, beside a project class Rec that has a getYear() of its own. */
const onRec = (name: string, code: string) => ({
  name,
  code: `package p;\n${code}`,
  project: { 'p/Rec.java': 'package p;\npublic class Rec { public int getYear() { return 1; } }' },
  options: DATE_GETTERS,
});

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
    // A project class with its own getYear(), reached through each way of typing a receiver.
    onRec("element of a list of a project type with its own getYear()", 'import java.util.List;\nclass A { List<Rec> recs; int f() { return recs.get(0).getYear(); } }'),
    onRec('pattern variable of a project type', 'class A { int f(Object o) { return o instanceof Rec r ? r.getYear() : 0; } }'),
    onRec('lambda parameter over a list of a project type', 'import java.util.List;\nclass A { void f(List<Rec> recs) { recs.forEach(r -> r.getYear()); } }'),
    onRec('value of a map of a project type', 'import java.util.HashMap;\nclass A { int f(HashMap<String, Rec> m) { return m.get("k").getYear(); } }'),
  ],
  invalid: [
    { name: 'instance call on a parameter', code: 'import java.util.Date;\nclass A {\n  int f(Date d) { return d.getYear(); }\n}', options: DATE_GETTERS, hits: ['3:28 exact java.util.Date#getYear'] },
    { name: 'on a field declared after the method', code: 'import java.util.*;\nclass A {\n  int f() { return when.getMonth(); }\n  Date when;\n}', options: DATE_GETTERS, hits: ['3:25 by-import'] },
    { name: 'generic loop variable', code: 'import java.util.*;\nclass A { void f(List<Date> ds) { for (Date d : ds) d.getHours(); } }', options: DATE_GETTERS, hits: ['2:55 by-import'] },
    { name: 'untyped lambda parameter of forEach on a List<Date>', code: 'import java.util.*;\nclass A { void f(List<Date> ds) { ds.forEach(d -> d.getHours()); } }', options: DATE_GETTERS, hits: ['2:53 by-import'] },
    { name: 'untyped lambda parameter of an unknown call: name only', code: 'import java.util.*;\nclass A { void f(Helper h) { h.each(d -> d.getHours()); } }', options: DATE_GETTERS, hits: ['2:44 name-only'] },
    { name: "a map's values in forEach((k, v) -> …)", code: 'import java.util.*;\nclass A { void f(Map<String, Date> m) { m.forEach((k, v) -> v.getYear()); } }', options: DATE_GETTERS, hits: ['2:63 by-import'] },
    { name: 'a stream of a List<Date>, filtered', code: 'import java.util.*;\nclass A { long f(List<Date> ds) { return ds.stream().filter(d -> d.getMonth() == 1).count(); } }', options: DATE_GETTERS, hits: ['2:68 by-import'] },
    { name: 'unknown chain: name only', code: 'import java.util.*;\nclass A { int f(Scheduler s) { return s.next().when().getYear(); } }', options: DATE_GETTERS, hits: ['2:55 name-only'] },
    { name: 'a chain through the JDK table (Calendar → Date)', code: 'import java.util.*;\nclass A { int f() { return Calendar.getInstance().getTime().getYear(); } }', options: DATE_GETTERS, hits: ['2:61 by-import'] },
    { name: 'a Date from a JDBC result set', code: 'import java.sql.ResultSet;\nclass A { int f(ResultSet rs) throws Exception { return rs.getDate(1).getMonth(); } }', options: DATE_GETTERS, hits: ['2:71 exact'] },
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
    { name: "an enclosing instance's field (Outer.this)", code: 'import java.util.Date;\nclass Outer {\n  Date when;\n  class Inner {\n    String when;\n    int f() { return Outer.this.when.getYear(); }\n  }\n}', options: DATE_GETTERS, hits: ['6:38 exact'] },
    { name: "an enum constant's field", code: 'import java.util.Date;\nenum Shift {\n  EARLY;\n  Date start;\n  static int f() { return EARLY.start.getHours() + Shift.EARLY.start.getMinutes(); }\n}', options: ['java.util.Date#getHours|getMinutes'], hits: ['5:39 exact', '5:70 exact'] },
    { name: "an element of an enum's values()", code: 'import java.util.Date;\nenum Shift {\n  EARLY;\n  Date start;\n  static int f() { return values()[0].start.getHours() + Shift.valueOf("EARLY").start.getMinutes(); }\n}', options: ['java.util.Date#getHours|getMinutes'], hits: ['5:45 exact', '5:87 exact'] },
    { name: 'for (var d : …) over a List<Date> field and an array', code: 'import java.util.*;\nclass A {\n  List<Date> ds; Date[] arr;\n  void f() { for (var d : ds) d.getYear(); for (var e : arr) e.getMonth(); }\n}', options: DATE_GETTERS, hits: ['4:33 by-import', '4:64 by-import'] },
    { name: 'local of a type variable: name only', code: 'class Box<T> { int f(T item) { return item.getYear(); } }', options: DATE_GETTERS, hits: ['1:44 name-only'] },
    { name: 'element of a type variable: name only', code: 'import java.util.*;\nclass Box<T> { List<T> items; int f() { return items.get(0).getYear(); } }', options: DATE_GETTERS, hits: ['2:61 name-only'] },
    { name: 'instanceof pattern variable', code: 'import java.util.Date;\nclass A { int f(Object o) { if (o instanceof Date d) return d.getYear(); return 0; } }', options: DATE_GETTERS, hits: ['2:63 exact'] },
    { name: 'pattern variable after an early return', code: 'import java.util.Date;\nclass A {\n  int f(Object o) {\n    if (!(o instanceof Date d)) return 0;\n    return d.getMonth();\n  }\n}', options: DATE_GETTERS, hits: ['5:14 exact'] },
    { name: 'switch type pattern', code: 'import java.util.Date;\nclass A { int f(Object o) { return switch (o) { case Date d -> d.getHours(); default -> 0; }; } }', options: DATE_GETTERS, hits: ['2:66 exact'] },
    { name: 'conditional with a null branch', code: 'import java.util.Date;\nclass A { int f(boolean b, Date d) { return (b ? null : d).getYear(); } }', options: DATE_GETTERS, hits: ['2:60 exact'] },
    { name: 'call result of a project method', code: 'import java.util.Date;\nclass A { Date when() { return null; } int f() { return when().getYear(); } }', options: DATE_GETTERS, hits: ['2:64 exact'] },
  ],
});

import { testJavaMatcher } from './java-rule-tester.js';

const LEGACY = {
  'p/Legacy.java': `package p;
/** Old API. */
public class Legacy {
  @Deprecated public static final int OLD_LIMIT = 5;
  public static final int LIMIT = 5;
  @Deprecated public void old() {}
  /** @deprecated use {@link #modern()} */
  public void javadocOld() {}
  public void modern() {}
  void self() { old(); }
}`,
  'p/Gone.java': 'package p;\n@Deprecated\npublic class Gone { public void any() {} }',
  'p/Mode.java': 'package p;\npublic enum Mode {\n  /** @deprecated use FAST */\n  QUICK,\n  @Deprecated SLOW,\n  FAST\n}',
  'p/Tags.java': `package p;
public class Tags {
  /** @deprecated gone soon */
  // a line comment between the Javadoc and the method
  public static void commented() {}
  public static void fresh() {}
  /* @deprecated in a plain comment is no tag */
  public static void plain() {}
  @java.lang.Deprecated public static void qualified() {}
  @SuppressWarnings("Deprecated") public static void suppressed() {}
}`,
};

testJavaMatcher('deprecated', {
  valid: [
    { name: 'non-deprecated members', code: 'package p;\nclass A { void f(Legacy l) { l.modern(); int x = Legacy.LIMIT; } }', project: LEGACY, options: [true] },
    { name: 'the deprecated type written inside itself', code: 'package p;\n@Deprecated\nclass Old { Old self; Old copy(Old o) { return (Old) o; } }', options: [true] },
    { name: 'uses inside the declaring top-level type', code: 'package p;\nclass A { @Deprecated void old() {} void f() { old(); } class In { void g() { old(); } } }', options: [true] },
  ],
  invalid: [
    {
      name: 'deprecated enum constants (annotation and Javadoc tag), not the others',
      code: 'package p;\nclass A { Mode[] all() { return new Mode[] { Mode.QUICK, Mode.SLOW, Mode.FAST }; } }',
      project: LEGACY,
      options: [true],
      hits: ['2:51 exact p.Mode#QUICK', '2:63 exact p.Mode#SLOW'],
    },
    {
      name: 'a deprecated type written as a type: field, parameter, result, local, cast, instanceof, generic argument, class literal, catch',
      code: [
        'package q;',
        'import p.Gone;',
        'import p.GoneError;',
        'class A {',
        '  Gone kept;',
        '  Gone pass(Gone g) { Gone local = g; Object o = (Gone) local; return o instanceof Gone ? local : null; }',
        '  java.util.List<Gone> all; Class<?> c = Gone.class;',
        '  void f() { try { } catch (GoneError e) { } }',
        '}',
      ].join('\n'),
      project: { ...LEGACY, 'p/GoneError.java': 'package p;\n/** @deprecated */\npublic class GoneError extends Error {}' },
      options: [true],
      hits: ['5:3 exact p.Gone', '6:3 exact p.Gone', '6:13 exact p.Gone', '6:23 exact p.Gone', '6:51 exact p.Gone', '6:84 exact p.Gone', '7:18 exact p.Gone', '7:42 exact p.Gone', '8:29 exact p.GoneError'],
    },
    {
      name: 'a deprecated annotation type where it annotates',
      code: 'package q;\nimport p.Audited;\nclass A { @Audited void f() {} @p.Audited(level = 2) int x; }',
      project: { 'p/Audited.java': 'package p;\n@Deprecated\npublic @interface Audited { int level() default 1; }' },
      options: [true],
      hits: ['3:11 exact p.Audited', '3:32 exact p.Audited'],
    },
    {
      name: 'a deprecated type is one finding where it is created or extended, none in imports, comments or strings',
      code: 'package q;\nimport p.Gone;\n/** Gone */\nclass A extends Gone { String s = "Gone"; Object o = new Gone(); Object q = new p.Gone(); }',
      project: LEGACY,
      options: [true],
      hits: ['4:17 exact p.Gone', '4:54 exact p.Gone#<init>', '4:77 exact p.Gone#<init>'],
    },
    {
      name: 'a deprecated enum constant as a case label, bare and statically imported (once each)',
      code: 'package p;\nimport static p.Mode.SLOW;\nclass A {\n  int f(Mode m) { switch (m) { case QUICK: return 1; case SLOW: return 2; default: return 0; } }\n  int g(Mode m) { return switch (m) { case QUICK, FAST -> 1; default -> 0; }; }\n}',
      project: LEGACY,
      options: [true],
      hits: ['4:37 exact p.Mode#QUICK', '4:59 exact p.Mode#SLOW', '5:44 exact p.Mode#QUICK'],
    },
    {
      name: 'annotation, Javadoc tag, deprecated field and class',
      code: 'package p;\nclass A {\n  void f(Legacy l) {\n    l.old(); l.javadocOld();\n    int x = Legacy.OLD_LIMIT;\n    new Gone().any();\n  }\n}',
      project: LEGACY,
      options: [true],
      hits: ['4:7 exact p.Legacy#old', '4:16 exact p.Legacy#javadocOld', '5:20 exact p.Legacy#OLD_LIMIT', '6:5 exact p.Gone#<init>', '6:16 exact p.Gone#any'],
    },
    {
      name: 'Javadoc tag across a line comment, a qualified annotation; not a plain comment, an earlier tag or a string',
      code: 'package p;\nclass A {\n  void f() {\n    Tags.commented(); Tags.fresh(); Tags.plain(); Tags.qualified(); Tags.suppressed();\n  }\n}',
      project: LEGACY,
      options: [true],
      hits: ['4:10 exact p.Tags#commented', '4:56 exact p.Tags#qualified'],
    },
    { name: 'extending a deprecated class', code: 'package p;\nclass A extends Gone {}', project: LEGACY, options: [true], hits: ['2:17 exact p.Gone'] },
  ],
});

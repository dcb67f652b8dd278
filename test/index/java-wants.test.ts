import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexFiles } from '../../src/index/index.js';
import { JavaWorkspace } from '../../src/index/java/java-workspace.js';
import { javaWantsOf, matchRules, tsWantsOf } from '../../src/match/index.js';
import type { Match } from '../../src/match/index.js';
import { loadRecipe, type Recipe } from '../../src/recipes/index.js';
import { writeJavaCorpus } from '../bench/generate-java-corpus.js';
import { REPO } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { readFile } from 'node:fs/promises';
import fg from 'fast-glob';

/**
 * The Java index extracts and links only the uses a recipe's rules can match (by name, by project
 * deprecation, or for `Type#*` rules by what the receiver can be). Skipping must never change what is
 * found: these tests match every use (no wants) and only the wanted ones, and compare.
 */
async function matchesOf(recipe: Recipe, root: string, wanted: boolean): Promise<Match[]> {
  const index = await indexFiles({
    root,
    files: recipe.files,
    ignores: recipe.ignores,
    maxFileSize: 2 * 1024 * 1024,
    languages: new Set(['java']),
    queries: {},
    tsWants: tsWantsOf(recipe),
    ...(wanted ? { javaWants: javaWantsOf(recipe) } : {}),
  });
  return matchRules({ ...recipe, rules: recipe.rules.filter((r) => r.language === 'java') }, index);
}

const keyOf = (m: Match) => `${m.file}:${m.range.start.line}:${m.range.start.column} ${m.ruleId} ${m.resolution} ${m.symbol ?? ''} ${JSON.stringify(m.captures ?? {})}`;

async function expectSameMatches(recipeFile: string, root: string): Promise<number> {
  const recipe = await loadRecipe(path.isAbsolute(recipeFile) ? recipeFile : path.join(REPO, recipeFile));
  const all = (await matchesOf(recipe, root, false)).map(keyOf).sort();
  const wanted = (await matchesOf(recipe, root, true)).map(keyOf).sort();
  expect(wanted).toEqual(all);
  return all.length;
}

describe('Java uses skipped by the recipe wants', () => {
  it('change nothing on the legacy-java fixture, for both shipped recipes', async () => {
    const root = path.join(REPO, 'fixtures/legacy-java');
    expect(await expectSameMatches('recipes/deprecated-api.yaml', root)).toBeGreaterThan(100);
    expect(await expectSameMatches('recipes/junit4-to-junit5.yaml', root)).toBeGreaterThan(10);
  });

  it('change nothing on a generated project with deprecated APIs and JUnit tests', async () => {
    const root = await tempDir();
    writeJavaCorpus(root, 7, 12_000);
    expect(await expectSameMatches('recipes/deprecated-api.yaml', root)).toBeGreaterThan(300);
    expect(await expectSameMatches('recipes/junit4-to-junit5.yaml', root)).toBeGreaterThan(50);
  }, 60_000);

  it('still find a `Type#*` call reached only through a project superclass in another file', async () => {
    const root = await tempDir();
    const put = async (file: string, text: string) => {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), text);
    };
    await put(
      'src/test/java/com/acme/BaseTest.java',
      `package com.acme;

import org.junit.Assert;

public abstract class BaseTest extends Assert {
    protected Assert checks = null;
    protected Assert verifier() { return checks; }
}
`,
    );
    await put(
      'src/test/java/com/acme/orders/OrderTest.java',
      `package com.acme.orders;

import com.acme.BaseTest;

public class OrderTest extends BaseTest {
    public void total() {
        assertTrue(1 + 1 == 2);
        checks.assertFalse(false);
        verifier().assertNull(null);
        String s = "x".trim();
    }
}
`,
    );
    const recipe = await loadRecipe(path.join(REPO, 'recipes/deprecated-api.yaml'));
    const found = (await matchesOf(recipe, root, true)).filter((m) => m.ruleId === 'junit4-assert' && m.file.endsWith('OrderTest.java'));
    expect(found.map((m) => `${m.range.start.line}:${m.range.start.column} ${m.symbol}`)).toEqual([
      '7:9 org.junit.Assert#assertTrue',
      '8:16 org.junit.Assert#assertFalse',
      '9:20 org.junit.Assert#assertNull',
    ]);
  });
});

describe('Java uses skipped by the recipe wants, through a chain of project superclasses', () => {
  it('still find a bare `Type#*` call two project classes below the owner, declared after them', async () => {
    const root = await tempDir();
    const put = async (file: string, text: string) => {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), text);
    };
    // The subclass's text names only its direct superclass, and the base class comes last in the
    // project's order: which types reach the owner is found in rounds.
    await put('src/test/java/com/zeta/BaseTest.java', 'package com.zeta;\n\nimport org.junit.Assert;\n\npublic abstract class BaseTest extends Assert {\n}\n');
    await put('src/test/java/com/acme/orders/AbstractOrderTest.java', 'package com.acme.orders;\n\npublic abstract class AbstractOrderTest extends com.zeta.BaseTest {\n}\n');
    await put(
      'src/test/java/com/acme/orders/OrderTest.java',
      'package com.acme.orders;\n\npublic class OrderTest extends AbstractOrderTest {\n    public void total() {\n        assertTrue(1 + 1 == 2);\n    }\n}\n',
    );
    const recipe = await loadRecipe(path.join(REPO, 'recipes/deprecated-api.yaml'));
    const found = (await matchesOf(recipe, root, true)).filter((m) => m.ruleId === 'junit4-assert');
    expect(found.map((m) => `${m.file}:${m.range.start.line}:${m.range.start.column} ${m.symbol}`)).toEqual([
      'src/test/java/com/acme/orders/OrderTest.java:5:9 org.junit.Assert#assertTrue',
    ]);
  });
});

describe('Java uses skipped by the recipe wants, through JDK generic types', () => {
  it('still find a `Type#*` call on a type only a JDK generic return names (`ds.iterator().next()`)', async () => {
    const root = await tempDir();
    await mkdir(path.join(root, 'src'), { recursive: true });
    await writeFile(
      path.join(root, 'src/Walk.java'),
      'import java.util.*;\n\nclass Walk {\n    Object first(List<Date> ds) {\n        return ds.iterator().next();\n    }\n}\n',
    );
    const recipeFile = path.join(root, 'iterators.yaml');
    await writeFile(
      recipeFile,
      'name: iterators\ndescription: Every call on an Iterator.\nrules:\n  - id: iterator-call\n    language: java\n    match: { call: "java.util.Iterator#*" }\n    message: A call on an Iterator.\n',
    );
    expect(await expectSameMatches(recipeFile, root)).toBe(1);
  });
});

describe('JavaWorkspace', () => {
  it('links the same when trees are not kept between the two steps (parsed again)', async () => {
    const root = path.join(REPO, 'fixtures/legacy-java');
    const files = await fg('**/*.java', { cwd: root });
    const texts = await Promise.all(files.map((f) => readFile(path.join(root, f), 'latin1')));
    const link = (workspace: JavaWorkspace) => {
      const decls = files.map((f, i) => workspace.add(f, texts[i] ?? '', []));
      return workspace.link(decls, undefined);
    };
    const kept = link(new JavaWorkspace());
    const reparsed = link(new JavaWorkspace(0));
    expect(kept.files.reduce((n, f) => n + f.uses.length, 0)).toBeGreaterThan(500);
    expect(reparsed).toEqual(kept);
  });
});

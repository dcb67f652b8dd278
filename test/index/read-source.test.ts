import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it, onTestFinished } from 'vitest';
import { Locator, splitLines } from '../../src/index/locate.js';
import { encodeSource } from '../../src/index/encode-source.js';
import { readSource, readSourceSync } from '../../src/index/read-source.js';

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'refactor-read-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function writeTemp(name: string, bytes: Buffer | string): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, bytes);
  return file;
}

const JAVA = 'package com.acme;\n\npublic class Foo {\n  int x = 1;\n}\n';
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);
const UTF16BE_BOM = Buffer.from([0xfe, 0xff]);
const hasFifo = (() => {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('readSource', () => {
  it('reads UTF-8 and reports its line endings', async () => {
    const cases = [
      { text: 'class A {}\n', lineEnding: 'lf' },
      { text: 'class A {}\r\nclass B {}\r\n', lineEnding: 'crlf' },
      { text: 'class A {}\r\nclass B {}\n', lineEnding: 'mixed' },
      { text: 'class A {}', lineEnding: 'none' },
      { text: 'class A {}\rclass B {}\r', lineEnding: 'cr' },
      { text: 'class A {}\rclass B {}\n', lineEnding: 'mixed' },
      { text: '// naïve café — “quoted” ✓ 漢字 😀\n', lineEnding: 'lf' },
    ];
    for (const { text, lineEnding } of cases) {
      const result = await readSource(writeTemp('A.java', text));
      expect(result).toEqual({ ok: true, text, encoding: 'utf-8', bom: false, lineEnding });
    }
  });

  it('strips a UTF-8 byte order mark from the text but remembers it', async () => {
    const result = await readSource(writeTemp('Bom.java', Buffer.concat([UTF8_BOM, Buffer.from('// é\n')])));
    expect(result).toEqual({ ok: true, text: '// é\n', encoding: 'utf-8', bom: true, lineEnding: 'lf' });
  });

  it('decodes UTF-16 with a byte order mark', async () => {
    const le = await readSource(writeTemp('Le.java', Buffer.concat([UTF16LE_BOM, iconv.encode(JAVA, 'utf-16le')])));
    expect(le).toEqual({ ok: true, text: JAVA, encoding: 'utf-16le', bom: true, lineEnding: 'lf' });
    const be = await readSource(writeTemp('Be.java', Buffer.concat([UTF16BE_BOM, iconv.encode('// é\r\n', 'utf-16be')])));
    expect(be).toEqual({ ok: true, text: '// é\r\n', encoding: 'utf-16be', bom: true, lineEnding: 'crlf' });
  });

  it('decodes a Latin-1 file without mangling accented letters', async () => {
    const source = `${JAVA}// Méthode appelée après la création de l'élément\n`;
    const result = await readSource(writeTemp('Latin.java', iconv.encode(source, 'latin1')));
    expect(result).toMatchObject({ ok: true, encoding: 'iso-8859-1', bom: false });
    expect(result.ok && result.text).toBe(source);
    expect(result.ok && result.text).toContain('é');
  });

  it.each([
    ['a single é at the top', `// café\n${JAVA}`],
    ['names at the end, where chardet leans to ISO-8859-2', `${JAVA}/** Señor José */\n`],
    ['maths symbols inside words', `${JAVA}// retourne a±b, pas à pas\n`],
    ['Spanish punctuation and ordinals', `${JAVA}// ¿Qué pasa? ¡Olé! nº 5, 1ª vez\n`],
  ])('keeps Latin-1 as Latin-1 with %s', async (_, source) => {
    const result = await readSource(writeTemp('One.java', iconv.encode(source, 'latin1')));
    expect(result).toMatchObject({ ok: true, encoding: 'iso-8859-1', text: source });
  });

  it('tells Windows-1252 from ISO-8859-1 by its smart quotes and euro sign', async () => {
    const source = `${JAVA}// “smart” quotes – and € prices, café\n`;
    const result = await readSource(writeTemp('Quotes.java', iconv.encode(source, 'windows-1252')));
    expect(result).toMatchObject({ ok: true, encoding: 'windows-1252', text: source });
  });

  it.each([
    ['iso-8859-2', 'Zażółć gęślą jaźń, sprawdź łódź'],
    ['iso-8859-2', 'Użytkownik'],
    ['windows-1250', 'Příliš žluťoučký kůň'],
    ['windows-1251', 'Проверка размера файла перед записью'],
    ['windows-1251', 'Привет'],
    ['shift_jis', 'ファイルサイズを確認する。次に、書き込む。'],
  ])('decodes %s text: %s', async (encoding, comment) => {
    const source = `${JAVA}// ${comment}\n`;
    const result = await readSource(writeTemp('Legacy.java', iconv.encode(source, encoding)));
    expect(result).toMatchObject({ ok: true, encoding, text: source });
  });

  it('refuses a file that mixes UTF-8 and Latin-1 rather than decode half of it wrongly', async () => {
    const bytes = Buffer.concat([Buffer.from('// café (UTF-8)\n'), iconv.encode('// café (Latin-1)\n', 'latin1')]);
    const result = await readSource(writeTemp('Mixed.java', bytes));
    expect(result).toEqual({ ok: false, reason: 'undecodable', detail: expect.stringContaining('mixed encodings') });
  });

  it('refuses a UTF-8 byte order mark followed by invalid UTF-8', async () => {
    const bytes = Buffer.concat([UTF8_BOM, Buffer.from('// caf'), Buffer.from([0xe9, 0x0a])]);
    const result = await readSource(writeTemp('BadBom.java', bytes));
    expect(result).toEqual({ ok: false, reason: 'undecodable', detail: expect.stringContaining('byte 9') });
  });

  it('reports a file with NUL bytes as binary, even when named Foo.java', async () => {
    const bytes = Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0x00, 0x00, 0x00, 0x34]);
    const result = await readSource(writeTemp('Foo.java', bytes));
    expect(result).toEqual({ ok: false, reason: 'binary', detail: 'NUL byte at offset 4' });
  });

  it('reports a directory or a missing path as unreadable, with the error code', async () => {
    const dir = tempDir();
    expect(await readSource(dir)).toEqual({ ok: false, reason: 'unreadable', detail: 'EISDIR: is a directory' });
    expect(await readSource(path.join(dir, 'Missing.java'))).toEqual({
      ok: false,
      reason: 'unreadable',
      detail: 'ENOENT: no such file or directory',
    });
  });

  it.skipIf(!hasFifo)('does not hang on a FIFO', async () => {
    const fifo = path.join(tempDir(), 'Pipe.java');
    execFileSync('mkfifo', [fifo]);
    expect(await readSource(fifo)).toMatchObject({ ok: false, reason: 'unreadable' });
  });

  // root reads through chmod 000, so this can only be seen as another user (CI runs as root).
  it.skipIf(process.getuid?.() === 0)('reports a file without read permission as unreadable', async () => {
    const file = writeTemp('Locked.java', 'class Locked {}\n');
    chmodSync(file, 0o000);
    expect(await readSource(file)).toEqual({ ok: false, reason: 'unreadable', detail: 'EACCES: permission denied' });
  });
});

describe('readSourceSync (the parse threads\' reader)', () => {
  it('reads and decodes as readSource does', async () => {
    const file = writeTemp('Same.java', iconv.encode('// caf\u00e9\r\nclass Same {}\r\n', 'latin1'));
    expect(readSourceSync(file)).toEqual(await readSource(file));
  });

  it('reports a directory, a missing path and a FIFO as unreadable, without hanging', () => {
    const dir = tempDir();
    expect(readSourceSync(dir)).toEqual({ ok: false, reason: 'unreadable', detail: 'EISDIR: is a directory' });
    expect(readSourceSync(path.join(dir, 'Missing.java'))).toEqual({ ok: false, reason: 'unreadable', detail: 'ENOENT: no such file or directory' });
    if (!hasFifo) return;
    const fifo = path.join(dir, 'Pipe.java');
    execFileSync('mkfifo', [fifo]);
    expect(readSourceSync(fifo)).toMatchObject({ ok: false, reason: 'unreadable', detail: expect.stringContaining('not a regular file') });
  });
});

describe('encodeSource', () => {
  const cases = [
    { name: 'UTF-8', bytes: Buffer.from(`// café ✓\r\n${JAVA}`) },
    { name: 'UTF-8 with BOM', bytes: Buffer.concat([UTF8_BOM, Buffer.from(`// café\n${JAVA}`)]) },
    { name: 'UTF-8 with a second BOM inside', bytes: Buffer.concat([UTF8_BOM, UTF8_BOM, Buffer.from(JAVA)]) },
    { name: 'ISO-8859-1', bytes: iconv.encode(`// Größe prüfen, café\n${JAVA}`, 'latin1') },
    { name: 'Windows-1252', bytes: iconv.encode(`// “quoted” — €5, café\n${JAVA}`, 'windows-1252') },
    { name: 'UTF-16LE with BOM', bytes: Buffer.concat([UTF16LE_BOM, iconv.encode(`// café 漢字\n${JAVA}`, 'utf-16le')]) },
    { name: 'Shift_JIS', bytes: iconv.encode(`${JAVA}// ファイルサイズを確認する\n`, 'shift_jis') },
  ];
  it.each(cases)('re-encodes $name text to the very same bytes', async ({ bytes }) => {
    const result = await readSource(writeTemp('Round.java', bytes));
    if (!result.ok) throw new Error(`could not read: ${result.detail}`);
    expect(encodeSource(result.text, result.encoding, result.bom).equals(bytes)).toBe(true);
  });

  it('refuses characters the encoding cannot hold instead of writing "?"', () => {
    expect(() => encodeSource('// 5 €\n', 'iso-8859-1', false)).toThrow(/U\+20AC at offset 5 is not representable/);
    expect(() => encodeSource('x', 'iso-8859-1', true)).toThrow(RangeError);
    expect(() => encodeSource('x', 'klingon', false)).toThrow(/unknown encoding/);
  });
});

describe('line counting (Locator) and splitting', () => {
  it.each([
    ['', 0],
    ['a', 1],
    ['a\n', 1],
    ['a\nb', 2],
    ['a\nb\n', 2],
    ['\n', 1],
    ['\n\n', 2],
    ['a\r\nb\r\n', 2],
    ['a\rb', 2],
    ['a\rb\r', 2],
    ['a\r\rb', 3],
    ['a\r\nb\rc\n', 3],
  ])('%j has %i lines', (text, lines) => {
    expect(new Locator(text).lineCount).toBe(lines);
    // splitLines cuts at the same breaks: a final break leaves one empty piece after it.
    const pieces = splitLines(text);
    expect(pieces.length - (pieces.at(-1) === '' ? 1 : 0)).toBe(lines);
  });
});

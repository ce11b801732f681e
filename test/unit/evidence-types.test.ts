import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addAttachment, listAttachments, setAttachmentCaption } from '../../electron/domain/cases/attachments';
import { createCase } from '../../electron/domain/cases/write';
import { sniffType } from '../../electron/domain/core/blob-store';
import { writeZip } from '../../electron/domain/bundles/zip-write';
import { looksLikeAttachment } from '../../shared/files';
import { caseInput, countySessionAt, staged } from '../helpers/cases';
import { tempDir } from '../helpers/temp-ledger';

async function zipOf(names: string[]): Promise<Buffer> {
  const file = path.join(tempDir(), `${names[0]?.replace(/\W/g, '_') ?? 'empty'}.zip`);
  await writeZip(
    file,
    names.map((name) => ({ name, buffer: Buffer.from(`<xml>${name}</xml>`) })),
  );
  return fs.readFileSync(file);
}

/** An OLE2 compound file header followed by a directory naming its main stream (UTF-16). */
function ole(stream: string): Buffer {
  return Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from(`${stream}\0`, 'utf16le')]);
}

describe('evidence types are decided by the bytes', () => {
  it('recognises Word, Excel and OFD by what their container holds, and common images', async () => {
    expect(sniffType(await zipOf(['[Content_Types].xml', 'word/document.xml']))).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(sniffType(await zipOf(['[Content_Types].xml', 'xl/workbook.xml']))).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(sniffType(await zipOf(['OFD.xml', 'Doc_0/Document.xml']))).toBe('application/ofd');
    expect(sniffType(ole('WordDocument'))).toBe('application/msword');
    expect(sniffType(ole('Workbook'))).toBe('application/vnd.ms-excel');
    expect(sniffType(Buffer.concat([Buffer.from('BM'), Buffer.alloc(60)]))).toBe('image/bmp');
    expect(sniffType(Buffer.concat([Buffer.from([0x49, 0x49, 0x2a, 0x00]), Buffer.alloc(8)]))).toBe('image/tiff');
    // A plain ZIP, another OLE file (a .msi) and a program are none of them.
    expect(sniffType(await zipOf(['photos/IMG_0001.jpg']))).toBeNull();
    expect(sniffType(ole('SummaryInformation'))).toBeNull();
    expect(sniffType(Buffer.from('MZ\x90\x00 executable'))).toBeNull();
  });

  it('the screen checks names first: Word, Excel, OFD and images pass, programs do not', () => {
    for (const name of ['询问笔录.docx', '台账.xls', '处罚决定书.ofd', '现场.JPG', '扫描件.tif', '检测报告.pdf'])
      expect(looksLikeAttachment(name), name).toBe(true);
    for (const name of ['setup.exe', '照片.zip', 'readme.txt']) expect(looksLikeAttachment(name), name).toBe(false);
  });

  it('a case takes a Word file as evidence, and its caption can be edited', async () => {
    const county = await countySessionAt();
    const caseId = createCase(county, caseInput());
    const docx = await zipOf(['[Content_Types].xml', 'word/document.xml']);
    const id = addAttachment(county, { caseId, fileName: '询问笔录.docx', caption: '', uploadId: staged(county, docx) });
    setAttachmentCaption(county, { caseId, id, caption: '当事人询问笔录（第一次）' });
    const [a] = listAttachments(county.ledger, caseId, county.attachmentsDir);
    expect(a).toMatchObject({
      fileName: '询问笔录.docx',
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      caption: '当事人询问笔录（第一次）',
    });
    expect(() => setAttachmentCaption(county, { caseId: createCase(county, caseInput()), id, caption: 'x' })).toThrow();
  });
});

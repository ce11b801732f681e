/**
 * Evidence of a case: links (syncable rows) to files in the blob store (core/blob-store.ts).
 * Removing a link tombstones it and keeps the bytes (the history may still point at them).
 */
import fs from 'node:fs';
import { DomainError } from '../../../shared/errors';
import type { CaseAttachment } from '../../../shared/cases/types';
import { insertRecord, tombstoneRecord, updateRecord } from '../../store/change-log';
import type { Ledger } from '../../store/ledger';
import { acceptUpload, blobPath } from '../core/blob-store';
import { writeContext, type Session } from '../core/session';
import { loadCaseRow } from './write';

export function addAttachment(session: Session, input: { caseId: string; fileName: string; caption: string; uploadId: string }): string {
  const ctx = writeContext(session);
  loadCaseRow(session.ledger, input.caseId);
  const { sha256, mime, size } = acceptUpload(session, input.uploadId);
  const existing = session.ledger.stmt('SELECT id FROM case_attachments WHERE case_id = ? AND sha256 = ? AND deleted = 0').pluck().get(input.caseId, sha256) as
    string | undefined;
  if (existing) return existing;
  return insertRecord(ctx, 'case_attachment', { case_id: input.caseId, sha256, file_name: input.fileName, mime, size, caption: input.caption });
}

/** The caption of a piece of evidence (what it shows: 现场照片, 询问笔录 …), edited after the upload. */
export function setAttachmentCaption(session: Session, input: { caseId: string; id: string; caption: string }): void {
  const row = session.ledger.stmt('SELECT case_id FROM case_attachments WHERE id = ? AND deleted = 0').get(input.id) as { case_id: string } | undefined;
  if (!row || row.case_id !== input.caseId) throw new DomainError('not_found', `attachment ${input.id} not found`);
  updateRecord(writeContext(session), 'case_attachment', input.id, { caption: input.caption });
}

export function removeAttachment(session: Session, id: string): void {
  tombstoneRecord(writeContext(session), 'case_attachment', id);
}

export function listAttachments(ledger: Ledger, caseId: string, dir: string): CaseAttachment[] {
  const rows = ledger.stmt('SELECT * FROM case_attachments WHERE case_id = ? AND deleted = 0 ORDER BY created_at').all(caseId) as {
    id: string;
    sha256: string;
    file_name: string;
    mime: string;
    size: number;
    caption: string;
    created_at: string;
    created_by: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    sha256: r.sha256,
    fileName: r.file_name,
    mime: r.mime,
    size: r.size,
    caption: r.caption,
    addedAt: r.created_at,
    addedBy: r.created_by,
    available: fs.existsSync(blobPath(dir, r.sha256)),
  }));
}

import { useState } from 'react';
import type { ExportFormatName } from '../../../shared/contract/domain';
import { pathForFormat } from './export-formats';
import type { ExportRequest, ExportStatusChoice } from './export-store';

/** The export dialog's choices, kept while the dialog stays mounted, and the request they make. */
export function useExportForm() {
  const [format, setFormatOnly] = useState<ExportFormatName>('jsonl');
  const [status, setStatus] = useState<ExportStatusChoice>('approved');
  const [includeRejected, setIncludeRejected] = useState(false);
  const [out, setOut] = useState('');
  // A name typed for one format would otherwise be written in another (export.jsonl holding XLSX).
  const setFormat = (next: ExportFormatName) => {
    setFormatOnly(next);
    setOut((current) => pathForFormat(current, next));
  };
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const [savedSearchId, setSavedSearchId] = useState<string | null>(null);
  const request = (): ExportRequest => ({
    format,
    out,
    status,
    includeRejected,
    assigneeId: assigneeId === null ? undefined : Number(assigneeId),
    savedSearchId: savedSearchId === null ? undefined : Number(savedSearchId),
  });
  return {
    format,
    setFormat,
    status,
    setStatus,
    includeRejected,
    setIncludeRejected,
    out,
    setOut,
    assigneeId,
    setAssigneeId,
    savedSearchId,
    setSavedSearchId,
    request,
  };
}

export type ExportForm = ReturnType<typeof useExportForm>;

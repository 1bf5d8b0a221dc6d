import { csrfToken } from '../../api/client.ts';
import { ApiError, type Problem } from '../../api/problem.ts';

export interface ImportProblem {
  severity: 'error' | 'warning';
  sheet: string;
  row: number | null;
  column: string | null;
  value: string | null;
  message: string;
}

export interface ImportReport {
  ok: boolean;
  dryRun: boolean;
  written: boolean;
  file: string;
  sheets: {
    sheet: string;
    rows: number;
    created: number;
    updated: number;
    unchanged: number;
    errors: number;
    warnings: number;
  }[];
  events: { added: number; existing: number };
  conversions: { sheet: string; encoding: string; cells: number; example: { from: string; to: string } }[];
  problems: ImportProblem[];
  errorCount: number;
  warningCount: number;
}

const form = (files: File[]) => {
  const body = new FormData();
  for (const f of files) body.append('file', f, f.name);
  return body;
};

async function post(url: string, files: File[]): Promise<Response> {
  const res = await fetch(url, {
    method: 'POST',
    body: form(files),
    headers: { 'x-csrf-token': csrfToken() },
    credentials: 'same-origin',
  });
  if (!res.ok && res.status !== 400) {
    const body = (await res.json().catch(() => ({}))) as Partial<Problem>;
    throw new ApiError({ status: res.status, detail: body.detail ?? `Lỗi ${res.status}` });
  }
  return res;
}

/** The report of a dry run, or of the import itself (a refused import's report comes with its 400). */
export async function sendImport(files: File[], dryRun: boolean): Promise<ImportReport> {
  const res = await post(`/api/v1/imports${dryRun ? '?dryRun=true' : ''}`, files);
  const body = await res.json();
  if (res.status === 400) {
    if (body.report) return body.report as ImportReport;
    throw new ApiError({ status: 400, detail: body.detail });
  }
  return body as ImportReport;
}

export async function downloadAnnotated(files: File[]): Promise<void> {
  const res = await post('/api/v1/imports/annotated', files);
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = 'loi-nhap.xlsx';
  a.click();
  URL.revokeObjectURL(url);
}

import type { CorrectionList } from '../../contract/corrections.ts';
import type { Correction, CorrectionRequest } from '../../model/corrections.ts';
import { requestJson } from '../api-client.ts';

/** The corrections endpoints: the log is open to read; making and undoing need the edit token. */
export interface CorrectionsClient {
  /** The log, and whether the server takes corrections (EDIT_TOKEN set). */
  list(): Promise<CorrectionList>;
  create(request: CorrectionRequest, token: string): Promise<Correction>;
  undo(id: string, token: string): Promise<{ correction: Correction; rederived: number }>;
}

/** Returns a typed client for `/api/corrections`; a non-2xx answer rejects with an ApiError (401 for a wrong token). */
export function createCorrectionsClient(options: { baseUrl?: string; fetch?: typeof fetch } = {}): CorrectionsClient {
  const baseUrl = options.baseUrl ?? '';
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const authorised = (token: string, method: string, body?: unknown): RequestInit => ({
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return {
    list: () => requestJson<CorrectionList>(fetchImpl, `${baseUrl}/api/corrections`),
    create: (request, token) => requestJson<Correction>(fetchImpl, `${baseUrl}/api/corrections`, authorised(token, 'POST', request)),
    undo: (id, token) => requestJson(fetchImpl, `${baseUrl}/api/corrections/${encodeURIComponent(id)}`, authorised(token, 'DELETE')),
  };
}

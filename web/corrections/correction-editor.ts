import type { Correction, CorrectionRequest } from '../../model/corrections.ts';
import { ApiError } from '../api-client.ts';
import type { CorrectionsClient } from './corrections-client.ts';
import type { EditToken } from './edit-token.ts';

/** Sends corrections and undos with the tab's token, and says what happened. */
export interface CorrectionEditor {
  /** The stored correction, or null when cancelled or refused (the reason is reported). */
  submit(request: CorrectionRequest): Promise<Correction | null>;
  undo(id: string): Promise<boolean>;
}

export interface CorrectionEditorParts {
  client: CorrectionsClient;
  token: EditToken;
  notify(message: string, tone?: 'error'): void;
  /** The graph changed: redraw what is shown, list the log again. */
  onChanged(correction: Correction): void | Promise<void>;
}

const DONE: Record<Correction['action'], string> = {
  merge: 'Merged',
  split: 'Split off',
  rename: 'Renamed',
  retype: 'Retyped',
  delete: 'Deleted as not an entity',
  'set-speaker': 'Speaker changed',
  'reject-relation': 'Relation rejected',
};

/** Returns an editor; a 401 forgets the token so the next edit asks again. */
export function createCorrectionEditor(parts: CorrectionEditorParts): CorrectionEditor {
  const withToken = async <T>(work: (token: string) => Promise<T>): Promise<T | null> => {
    const token = await parts.token.get();
    if (!token) return null;
    try {
      return await work(token);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) parts.token.forget();
      parts.notify(error instanceof Error ? error.message : String(error), 'error');
      return null;
    }
  };
  return {
    async submit(request) {
      const correction = await withToken((token) => parts.client.create(request, token));
      if (!correction) return null;
      parts.notify(`${DONE[correction.action]}: kept in the corrections log, and applied again after every ingest.`);
      await parts.onChanged(correction);
      return correction;
    },
    async undo(id) {
      const answer = await withToken((token) => parts.client.undo(id, token));
      if (!answer) return false;
      parts.notify(`Undone: ${answer.rederived} articles derived again.`);
      await parts.onChanged(answer.correction);
      return true;
    },
  };
}

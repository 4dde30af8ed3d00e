import multer from 'multer';
import { AppError } from '../model/errors.ts';

/** What an upload may hold, for messages that say the limit that was passed. */
export interface UploadLimits {
  field: string;
  fileSize: number;
  files: number;
}

/**
 * A multipart upload that could not be read, as a 400 (413 for a file over the size limit) naming
 * the field and what to send instead; multer's and busboy's own errors would otherwise be a 500.
 */
export function toUploadError(error: unknown, limits: UploadLimits): AppError {
  if (error instanceof AppError) return error;
  const send = `send each article as a file in the multipart field "${limits.field}"`;
  if (error instanceof multer.MulterError) {
    // multer names the field of some errors only; the file limits are the files field's
    const field = `"${error.field ?? limits.field}"`;
    switch (error.code) {
      case 'LIMIT_FILE_SIZE':
        return new AppError('UPLOAD_TOO_LARGE', `A file in field ${field} is larger than ${limits.fileSize} bytes, the most one article may be.`, 413);
      case 'LIMIT_FILE_COUNT':
        return new AppError('INVALID_UPLOAD', `Too many files in field ${field}: send at most ${limits.files} at a time.`, 400);
      case 'LIMIT_UNEXPECTED_FILE':
        return new AppError('INVALID_UPLOAD', `Unexpected file field ${field}: ${send}.`, 400);
      default: {
        const at = error.field ? ` at field "${error.field}"` : '';
        return new AppError('INVALID_UPLOAD', `The upload was refused${at}: ${error.message}; ${send}.`, 400);
      }
    }
  }
  // busboy: "Multipart: Boundary not found", "Unexpected end of form", "Malformed part header"
  const reason = error instanceof Error ? error.message : String(error);
  return new AppError('INVALID_UPLOAD', `The multipart body could not be read (${reason}): ${send}, as multipart/form-data with its boundary.`, 400);
}

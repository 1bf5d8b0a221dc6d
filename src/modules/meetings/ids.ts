import { createHash } from 'node:crypto';

export { newId } from '../../platform/ids.ts';

/** Content hash of an uploaded file: the same file attached twice is the same submission. */
export const sha256Bytes = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

import { EVIDENCE_MAX_BYTES, EVIDENCE_MIME_TYPES, type EvidenceMimeType } from '@peta/shared';

/** What the file input accepts. */
export const EVIDENCE_ACCEPT = EVIDENCE_MIME_TYPES.join(',');

/** The upload limit in whole megabytes, for messages. */
export const EVIDENCE_MAX_MB = EVIDENCE_MAX_BYTES / 1024 / 1024;

const EXTENSION: Record<EvidenceMimeType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

const isEvidenceType = (type: string): type is EvidenceMimeType =>
  (EVIDENCE_MIME_TYPES as readonly string[]).includes(type);

/** Why a chosen file cannot be uploaded, or null when it can. */
export function evidenceProblem(file: {
  size: number;
  type: string;
}): 'tooLarge' | 'wrongType' | null {
  if (!isEvidenceType(file.type)) return 'wrongType';
  if (file.size > EVIDENCE_MAX_BYTES) return 'tooLarge';
  return null;
}

/**
 * The file name to send: the server checks that the extension matches the bytes, so a phone
 * photo named "IMG_0001" (or "foto.jpeg.png") gets the extension of its real type.
 */
export function evidenceFileName(name: string, type: string): string {
  if (!isEvidenceType(type)) return name;
  const extension = EXTENSION[type];
  const matches =
    type === 'image/jpeg' ? /\.(jpe?g)$/i.test(name) : name.toLowerCase().endsWith(`.${extension}`);
  return matches ? name : `${name.replace(/\.[a-z0-9]{1,5}$/i, '') || 'foto'}.${extension}`;
}

/** The file's bytes as a `data:` URL (the server accepts it as base64). */
export function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result === 'string') resolve(reader.result);
      else reject(new Error('The file could not be read as a data URL'));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('The file could not be read'));
    };
    reader.readAsDataURL(file);
  });
}

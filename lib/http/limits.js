// Request size limits: one number each, shared by next.config.js (which cannot import TypeScript) and the code that
// enforces them (proxy.ts answers 413 before Next reads a body; the importers check the file text again).

/** Largest import file (CSV or JSON) staff may upload, in bytes: 20 MiB. */
export const UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

/** Room for the multipart envelope around an uploaded file (boundaries, part headers, small fields), in bytes. */
export const MULTIPART_OVERHEAD_BYTES = 256 * 1024;

/**
 * Largest form a page posts (server actions: listing and staff forms), in bytes: 1 MiB, Next's own default for
 * server actions. A listing at its longest (two 20,000-character descriptions of 4-byte characters) is ~330 KB.
 */
export const FORM_MAX_BYTES = 1024 * 1024;

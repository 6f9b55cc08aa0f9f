/**
 * The encoding an HTML file declares in its first 1024 bytes (`<meta charset="gbk">` or the
 * http-equiv Content-Type form), as browsers look for it. Only the ASCII bytes matter, so the
 * bytes are read as Latin-1, which maps each byte to one character whatever the real encoding.
 */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const charset = /charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(meta);
    if (charset) return charset[1]!.toLowerCase();
  }
  return null;
}

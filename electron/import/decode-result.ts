/** What decoding a file gives: its text and encoding, or why it was refused. */
export type DecodeFailure =
  | 'empty'
  | 'binary'
  | 'undecodable'
  | 'low-confidence'
  | 'unknown-encoding'
  | 'unsupported-encoding'
  | 'mojibake';

export type DecodeResult =
  | { ok: true; text: string; encoding: string; confidence: number; bom: boolean }
  | { ok: false; reason: DecodeFailure; message: string };

export type Failure = Extract<DecodeResult, { ok: false }>;

export const fail = (reason: DecodeFailure, message: string): Failure => ({
  ok: false,
  reason,
  message,
});

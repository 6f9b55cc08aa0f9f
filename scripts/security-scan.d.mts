export interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  description: string;
}
export declare const acceptedFindings: Record<string, string>;
export declare function scan(inputs?: string[]): Promise<Finding[]>;
export declare function judge(
  findings: Finding[],
  accepted?: Record<string, string>,
): { failing: Finding[]; accepted: Finding[] };

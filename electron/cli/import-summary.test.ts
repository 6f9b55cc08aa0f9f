import { describe, expect, it } from 'vitest';
import { emptyReport } from '../services/import-pipeline';
import { formatImportSummary } from './import-command';

describe('formatImportSummary', () => {
  it('names each article stored without suggestions because its rules failed, with its file', () => {
    const report = {
      ...emptyReport(),
      unextracted: [
        { name: '名单\n页.html', articleId: 812, message: 'Maximum call stack size exceeded' },
      ],
    };
    const lines = formatImportSummary(report);
    expect(lines).toContain(
      'not extracted: 名单\\n页.html, article 812: the rules failed (Maximum call stack size exceeded); stored without suggestions, tried again by the next import',
    );
  });
});

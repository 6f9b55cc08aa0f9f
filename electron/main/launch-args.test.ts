import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFileFromArgv } from './launch-args';

describe('a project file on the command line', () => {
  it('is found after the executable and resolved against the working directory', () => {
    expect(projectFileFromArgv(['/opt/Gleaner/gleaner-app', 'survey.gleaner'], '/home/li')).toBe(
      path.resolve('/home/li/survey.gleaner'),
    );
    expect(
      projectFileFromArgv(['C:\\Gleaner\\Gleaner.exe', '/data/Hospitals 2024.GLEANER'], '/x'),
    ).toBe(path.resolve('/data/Hospitals 2024.GLEANER'));
  });

  it('skips flags, the development app path and other files', () => {
    expect(
      projectFileFromArgv(
        [
          '/usr/bin/electron',
          '.',
          '--inspect',
          '--no-sandbox',
          '--user-data-dir=/tmp/a.gleaner',
          'notes.txt',
          'p.gleaner',
        ],
        '/w',
      ),
    ).toBe(path.resolve('/w/p.gleaner'));
  });

  it('finds nothing when no project is named', () => {
    expect(projectFileFromArgv(['/usr/bin/gleaner-app'], '/w')).toBeUndefined();
    expect(
      projectFileFromArgv(['/usr/bin/gleaner-app', '--allow-file-access-from-files'], '/w'),
    ).toBeUndefined();
    // The executable itself is never taken for a project, whatever its name.
    expect(projectFileFromArgv(['/tmp/odd.gleaner'], '/w')).toBeUndefined();
  });
});

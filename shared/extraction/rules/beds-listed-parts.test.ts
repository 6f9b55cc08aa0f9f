import { describe, expect, it } from 'vitest';
import { extractFrom } from './rule-test-kit';

const beds = (text: string): unknown[] => extractFrom(text, ['beds']).map((s) => s.value);

describe('beds: the kinds of beds listed under a larger total are no count of the beds', () => {
  it('keeps the total and drops the kinds when the total comes after them', () => {
    expect(
      beds(
        '云溪医院新大楼将设有普通病床一百二十床、重症病床十床、观察床廿床，共计一百五十床，明年启用。',
      ),
    ).toEqual([150]);
  });

  it('drops the kinds when the total stands in the headline above them', () => {
    expect(
      beds('云溪医院新院区共设300床\n\n新院区将有普通病床260床、重症病床40床，后年完工。'),
    ).toEqual([300]);
  });

  it('keeps a list of totals of other sorts, which holds its own largest count', () => {
    expect(beds('云溪医院编制床位800张、开放床位650张，年门诊量50万人次。')).toEqual([800, 650]);
  });

  it('keeps a single count of one kind when nothing larger is stated', () => {
    expect(beds('云溪医院新设安宁病床12床，本月启用。')).toEqual([12]);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Real paragraphs from the seed pages (UTF-8 files in /seeds), for encoding round trips. */
export function seedParagraphs(): string[] {
  const seedsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds');
  return fs
    .readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => fs.readFileSync(path.join(seedsDir, name), 'utf8').split(/\n\s*\n/))
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => /[\u4e00-\u9fff]/.test(paragraph));
}

/** The seed paragraphs joined into one page-sized text, as a real article file would be. */
export function seedPage(minLength = 2000): string {
  let page = '';
  for (const paragraph of seedParagraphs()) {
    page += paragraph + '\n\n';
    if (page.length >= minLength) break;
  }
  return page;
}

/** Hand-written texts for scripts the seeds do not contain. */
export const TRADITIONAL_CHINESE =
  '臺灣位於東亞，是一個四面環海的島嶼。這裡的人們說國語和臺灣話，歷史悠久，文化豐富。' +
  '每年春節，家家戶戶都會貼春聯、吃團圓飯，長輩也會給孩子們壓歲錢，祝福他們平安長大。\n' +
  '臺北的夜市非常熱鬧，有許多傳統小吃，例如蚵仔煎、滷肉飯和珍珠奶茶，吸引了很多觀光客。';
export const JAPANESE =
  '吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。' +
  '何でも薄暗いじめじめした所でニャーニャー泣いていた事だけは記憶している。\n' +
  '吾輩はここで始めて人間というものを見た。しかもあとで聞くとそれは書生という人間中で一番獰悪な種族であったそうだ。';
export const KOREAN =
  '대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다.\n' +
  '대한민국의 국민이 되는 요건은 법률로 정한다. 국가는 법률이 정하는 바에 의하여 재외국민을 보호할 의무를 진다.';

export { segmentPage, articleTexts } from './segment-page';
export type { SegmentedArticle, SegmentOptions } from './types';

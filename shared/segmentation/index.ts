export { segmentPage, articleTexts } from './segmentPage';
export type { SegmentedArticle, SegmentOptions } from './types';

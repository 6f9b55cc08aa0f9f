// Vitest setup (vitest.config.ts): extraction in unit tests segments words with jieba, as the app
// does, so that the rules' tests exercise the real segmenter.
import { useJieba } from './jieba-tagger';

useJieba();

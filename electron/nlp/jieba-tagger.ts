/**
 * The word segmenter behind shared/extraction/words.ts: jieba (@node-rs/jieba, prebuilt native
 * code for every platform, its dictionary shipped in the package, nothing fetched). It is loaded
 * on the first article that asks for words, not at start: building its dictionary takes ~0.2 s.
 * Node only — the renderer never imports this (it reaches extraction through the api).
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { useWordTagger, type TaggedWord, type WordTagger } from '../../shared/extraction/words';

let jieba: Jieba | null = null;

/**
 * jieba's words with their tags, its hidden Markov model on: names not in the dictionary (孔德明,
 * 田涛) come out as one word, tagged x.
 */
export const jiebaTagger: WordTagger = (text: string): readonly TaggedWord[] => {
  jieba ??= Jieba.withDict(dict);
  return jieba.tag(text, true);
};

/** Makes jieba the segmenter of every extraction in this process (or worker thread). */
export function useJieba(): void {
  useWordTagger(jiebaTagger);
}

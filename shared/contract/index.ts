export * from './contract';
export * from './domain';
export * from './errors';
export { dispatch } from './dispatch';
export { methodNames } from './method-names';
export * from './curation-contract';
export * from './review-contract';

/** The shape every language's strings must have: the English object's, with string leaves. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

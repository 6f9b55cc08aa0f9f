/** The reader's legend of highlight colours. */
export const legendEn = {
  button: 'Legend',
  title: 'What the marks in the text mean',
  suggested: 'suggested',
  decided: 'accepted or fixed',
  focused: 'the focused value',
  search: 'search match',
};

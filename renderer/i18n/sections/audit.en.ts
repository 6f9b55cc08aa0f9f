/** The audit log's filters, its article links and its grouped bulk actions. */
export const auditEn = {
  filters: 'Filter the audit log',
  person: 'Person',
  action: 'Action',
  article: 'Article number',
  from: 'From (day)',
  to: 'To (day)',
  anyone: 'Anyone',
  anyAction: 'Any action',
  clear: 'Clear filters',
  articleLink: 'Article {{id}} · {{title}}',
  articleLinkUntitled: 'Article {{id}}',
  openArticle: 'Open article {{id}}',
  group_one: '{{action}} · {{count}} value',
  group_other: '{{action}} · {{count}} values',
  groupOther_one: '{{action}} · {{count}} change',
  groupOther_other: '{{action}} · {{count}} changes',
  expand: 'Show the {{count}} changes',
  collapse: 'Hide the changes',
  /** Actions the review section has no word for. */
  actions: {
    import: 'Imported',
    'sign-in': 'Signed in',
    delete: 'Deleted',
    redecode: 'Re-read with another encoding',
  },
};

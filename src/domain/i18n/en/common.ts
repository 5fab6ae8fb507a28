// Words many parts of the interface share.
export const common = {
  appName: 'Trailmap',
  close: 'Close',
  cancel: 'Cancel',
  save: 'Save',
  delete: 'Delete',
  done: 'Done',
  language: 'Language',
  justNow: 'just now',
} as const

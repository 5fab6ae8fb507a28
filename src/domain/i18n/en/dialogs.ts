// The editor's shared dialog frame and the share dialog.
export const dialogs = {
  closeTitle: 'Close (Esc)',
  share: {
    title: 'Share this map',
    links: {
      edit: {
        label: 'Edit link',
        copy: 'Copy edit link',
        note: 'Anyone with this link can change the map.',
      },
      comment: {
        label: 'Comment link',
        copy: 'Copy comment link',
        note: 'For workshop participants: they comment and dot-vote, and see every edit live, but cannot change the map.',
      },
      view: {
        label: 'View link',
        copy: 'Copy view link',
        note: 'People with this link see the map and every edit live, but cannot change it — for clients and stakeholders.',
      },
    },
    noToken:
      'This browser holds no access token for this map; the link works while the server runs in open mode.',
    copy: 'Copy',
    copied: 'Copied',
    copiedStatus: 'Link copied to the clipboard.',
    copyManually: 'Press Ctrl+C (⌘C on a Mac) to copy the selected link.',
  },
} as const

import { useMemo } from 'react'
import { commands } from '../../commands'
import { isMacPlatform } from '../../commands/registry'
import { useEditor, useEditorStore } from '../../state/context'
import { useT } from '../../state/locale'
import { Modal } from './Modal'
import { mouseGestures, shortcutSections } from './shortcut-list'

/** Every command with its keys, and the mouse gestures; open while `helpOpen`. */
export function ShortcutsDialog() {
  const open = useEditor((s) => s.helpOpen)
  return open ? <ShortcutsContent /> : null
}

function ShortcutsContent() {
  const store = useEditorStore()
  const t = useT()
  const sections = useMemo(() => shortcutSections(commands.all, isMacPlatform(), t), [t])
  const close = () => store.setState({ helpOpen: false })
  return (
    <Modal
      title={t.app.shortcuts.title}
      className="dlg__panel--wide dlg__panel--shortcuts"
      onClose={close}
      onKeyDown={(event) => {
        // "?" opened the dialog; it closes it too.
        if (event.key === '?') {
          event.preventDefault()
          close()
        }
      }}
    >
      <div className="dlg-shortcuts" data-autofocus tabIndex={-1}>
        {sections.map((section) => (
          <section key={section.group} className="dlg-shortcuts__section">
            <h3 className="dlg-shortcuts__group">{section.heading}</h3>
            <dl className="dlg-shortcuts__list">
              {section.rows.map((row) => (
                <div key={row.id} className="dlg-shortcuts__row">
                  <dt>{row.label}</dt>
                  <dd>
                    {row.keys.length === 0 ? (
                      <span className="dlg-shortcuts__none">{t.app.shortcuts.none}</span>
                    ) : (
                      row.keys.map((key, index) => (
                        <span key={key}>
                          {index > 0 && (
                            <span className="dlg-shortcuts__or">{t.app.shortcuts.or}</span>
                          )}
                          <kbd>{key}</kbd>
                        </span>
                      ))
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <section className="dlg-shortcuts__section">
          <h3 className="dlg-shortcuts__group">{t.app.shortcuts.mouse}</h3>
          <dl className="dlg-shortcuts__list">
            {mouseGestures(t).map((item) => (
              <div key={item.gesture} className="dlg-shortcuts__row">
                <dt>{item.action}</dt>
                <dd className="dlg-shortcuts__gesture">{item.gesture}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </Modal>
  )
}

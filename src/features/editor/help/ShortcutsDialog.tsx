import { Fragment } from 'react';
import { useT } from '../../../i18n/i18nStore';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { commandKey, shortcutGroups, SPACE } from './shortcuts';
import { tipsStore } from './tipsStore';

const platform = () => (typeof navigator === 'undefined' ? '' : navigator.platform);

export function ShortcutsDialog({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  const t = useT();
  return (
    <Dialog
      title={t('help.shortcuts')}
      open={open}
      onClose={onClose}
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('help.close')}
          </Button>
          <Button
            variant="light"
            onClick={() => {
              tipsStore.getState().showAgain();
              onClose();
            }}
          >
            {t('help.tips.again')}
          </Button>
        </>
      }
    >
      {shortcutGroups(commandKey(platform())).map((group) => (
        <section key={group.title} className="shortcuts-group">
          <h3 className="shortcuts-title">{t(group.title)}</h3>
          <dl className="shortcuts">
            {group.shortcuts.map((s) => (
              <div key={s.does} className="shortcut">
                <dt>
                  {s.keys.map((combo, i) => (
                    <Fragment key={combo.join('+')}>
                      {i > 0 ? <span className="shortcut-or"> {t('help.or')} </span> : null}
                      <span className="shortcut-combo">
                        {combo.map((cap, j) => (
                          <Fragment key={cap}>
                            {j > 0 ? '+' : null}
                            <kbd>{cap === SPACE ? t('help.key.space') : cap}</kbd>
                          </Fragment>
                        ))}
                      </span>
                    </Fragment>
                  ))}
                </dt>
                <dd>{t(s.does)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </Dialog>
  );
}

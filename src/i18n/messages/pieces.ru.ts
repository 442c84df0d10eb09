import type { Message } from '../types';
import type { piecesEn } from './pieces.en';

export const piecesRu: Readonly<Record<keyof typeof piecesEn, Message>> = {
  // shared words
  'pieces.apply': 'Применить',
  'pieces.leads.simple': 'простых лидов',
  'pieces.leads.repeat': 'повторных лидов',
  'pieces.user.numbered': 'Сотрудник {id}',
  'pieces.user.numberedInline': 'сотрудник {id}',
  'pieces.untitledSection': 'Раздел без названия',

  // the open layout: what it is and whom it applies to
  'pieces.banner.common': 'Общий вид карточки',
  'pieces.banner.commonRest': ' {leads}: его видят все, у кого карточка в общем виде.',
  'pieces.banner.personal': 'Личный вид карточки ({who})',
  'pieces.banner.personalRest':
    ' для {leads}. Он действует, только пока у этого сотрудника карточка в личном виде; сохранение здесь не переключает его вид.',
  'pieces.banner.default': 'Сохранённого вида карточки нет: показан вид портала по умолчанию.',
  'pieces.banner.remarks': 'Замечания при чтении с портала ({count}):',
  'pieces.loading': 'Загрузка карточки',
  'pieces.loading.status': 'Загрузка списка полей и вида карточки…',
  'pieces.loading.slow': 'Портал долго не отвечает.',
  'pieces.loading.stop': 'Не ждать',
  'pieces.loading.stopped': 'Ожидание ответа портала прервано',
  'pieces.loading.stoppedBody':
    'Ничего не загружено. Попробуйте ещё раз, когда портал будет отвечать быстрее.',

  // a draft kept in the browser
  'pieces.draft.region': 'Несохранённый черновик',
  'pieces.draft.from': 'У вас есть несохранённые изменения от {when}',
  'pieces.draft.fromRest': ' — они хранятся в этом браузере для этого вида карточки.',
  'pieces.draft.restore': 'Восстановить',
  'pieces.draft.discard': 'Отбросить',
  'pieces.draft.conflictTitle': 'Восстановить черновик поверх более новых изменений?',
  'pieces.draft.conflictIntro':
    'После этого черновика вид карточки сохраняли ещё раз, и в обоих изменены одни и те же места. Пока вы не сохраните, ничего не записывается.',
  'pieces.draft.restoredCheckDiff':
    'Восстановлено. После этого черновика вид карточки сохраняли ещё раз: посмотрите «Сравнить».',
  'pieces.draft.restoredMerged': 'Восстановлено вместе с изменениями, сохранёнными на портале за это время.',
  'pieces.draft.storageFull':
    'Хранилище браузера заполнено: несохранённые изменения больше не сохраняются между перезагрузками страницы.',
  'pieces.draft.storageDenied':
    'Браузер не разрешает хранить данные: несохранённые изменения не сохранятся между перезагрузками страницы.',
  'pieces.draft.more': {
    one: 'Далее ещё {count} несохранённый черновик этого вида карточки.',
    few: 'Далее ещё {count} несохранённых черновика этого вида карточки.',
    many: 'Далее ещё {count} несохранённых черновиков этого вида карточки.',
    other: 'Далее ещё {count} несохранённого черновика этого вида карточки.',
  },
  'pieces.draft.conflictIntroDrafts':
    'Другой несохранённый черновик этого вида карточки, восстановленный перед этим, изменил те же места. Пока вы не сохраните, ничего не записывается.',
  'pieces.draft.restoredMergedDrafts': 'Восстановлено вместе с черновиком, восстановленным перед этим.',

  // another tab of this browser saved the open layout
  'pieces.otherTab.region': 'Сохранено в другой вкладке',
  'pieces.otherTab.common': 'общий вид карточки {leads}',
  'pieces.otherTab.personal': 'личный вид карточки {leads} ({who})',
  'pieces.otherTab.saved': 'Другая вкладка этого браузера сохранила {layout} в {when}.',
  'pieces.otherTab.shownRest':
    ' Несохранённых изменений здесь не было, поэтому эта вкладка уже показывает новый вид.',
  'pieces.otherTab.unsavedRest':
    ' Ваши несохранённые изменения здесь остаются в черновике; они сделаны на предыдущей версии. Посмотрите, что изменила каждая сторона, и выберите, что оставить.',
  'pieces.otherTab.review': 'Посмотреть изменения',
  'pieces.otherTab.ok': 'Понятно',
  'pieces.otherTab.dialogTitle': 'Другая вкладка сохранила этот вид карточки',
  'pieces.otherTab.dialogIntro':
    'Пока вы редактировали здесь, другая вкладка этого браузера сохранила этот вид карточки. Пока вы не сохраните, ничего не записывается.',

  // a section on the card
  'pieces.section.move': 'Переместить раздел «{title}»',
  'pieces.section.nameHint': 'Имя раздела на портале',
  'pieces.section.count': {
    one: '{count} поле',
    few: '{count} поля',
    many: '{count} полей',
    other: '{count} поля',
  },
  'pieces.section.settings': 'Настройки',
  'pieces.section.settingsOf': 'Настройки раздела «{title}»',
  'pieces.section.delete': 'Удалить',
  'pieces.section.deleteOf': 'Удалить раздел «{title}»',
  'pieces.section.lastOne': 'В карточке должен остаться хотя бы один раздел',
  'pieces.section.dropHere': 'Перетащите сюда поля',
  'pieces.section.fieldsOf': 'Поля раздела «{title}»',
  'pieces.section.rename': 'Переименовать раздел «{title}»',
  'pieces.section.titleInput': 'Название раздела',

  // deleting a section with fields
  'pieces.deleteSection.title': 'Удалить раздел «{title}»?',
  'pieces.deleteSection.confirm': 'Удалить раздел',
  'pieces.deleteSection.body': {
    one: '{count} поле раздела вернётся в список полей. На портал ничего не отправляется, пока вы не сохраните.',
    few: '{count} поля раздела вернутся в список полей. На портал ничего не отправляется, пока вы не сохраните.',
    many: '{count} полей раздела вернутся в список полей. На портал ничего не отправляется, пока вы не сохраните.',
    other:
      '{count} поля раздела вернутся в список полей. На портал ничего не отправляется, пока вы не сохраните.',
  },

  // the section's portal name
  'pieces.sectionSettings.title': 'Раздел «{title}»',
  'pieces.sectionSettings.name': 'Имя раздела (хранится на портале)',
  'pieces.sectionSettings.hint':
    'Лучше всего подходят буквы, цифры и знак подчёркивания; у каждого раздела должно быть своё имя.',
  'pieces.sectionSettings.needName': 'Портал требует имя раздела.',
  'pieces.sectionSettings.taken': 'Имя «{name}» уже занято другим разделом.',

  // a field on the card and in the field list
  'pieces.element.move': 'Переместить поле «{label}»',
  'pieces.element.renamed': 'переименовано',
  'pieces.element.renamedHint': 'Переименовано на портале: через REST новое название не сохранить',
  'pieces.element.alwaysShow': 'Показывать всегда',
  'pieces.element.alwaysShowOf': 'Показывать всегда: {label}',
  'pieces.element.alwaysShowHint': 'Показывать поле, даже если оно не заполнено',
  'pieces.element.options': 'Параметры',
  'pieces.element.optionsOf': 'Параметры поля «{label}»',
  'pieces.element.remove': 'Убрать поле «{label}» из карточки',
  'pieces.palette.onCard': '{label} (уже в карточке)',
  'pieces.palette.drag': 'Перетащите поле «{label}» в карточку',
  'pieces.palette.onCardBadge': 'в карточке',
  'pieces.marks.missing': 'нет на портале',
  'pieces.marks.requiredHint': 'Обязательное поле',
  'pieces.marks.required': 'обязательное',
  'pieces.marks.readOnly': 'только чтение',
  'pieces.marks.multiple': 'множественное',

  // options of a field
  'pieces.options.defaultCountry': 'Страна по умолчанию (2 буквы)',
  'pieces.options.defaultAddressType': 'Тип адреса по умолчанию',
  'pieces.options.portalDefault': 'Как на портале',
  'pieces.options.countryCode': 'Укажите двухбуквенный код страны, например DE или RU.',
  'pieces.options.kept': 'Сохраняются без изменений: {keys}.',
  'pieces.address.street': 'Фактический адрес',
  'pieces.address.registered': 'Адрес регистрации',
  'pieces.address.legal': 'Юридический адрес',
  'pieces.address.beneficiary': 'Адрес бенефициара',
  'pieces.address.delivery': 'Адрес доставки',

  // the layout check
  'pieces.lint.title': 'Проверка вида карточки',
  'pieces.lint.close': 'Закрыть проверку вида карточки',
  'pieces.lint.none': 'Проблем не найдено',
  'pieces.lint.clean': 'Портал примет этот вид карточки, и ничего подозрительного не видно.',
  'pieces.lint.show': 'Показать место в карточке',
  'pieces.lint.severity.error': 'Ошибка',
  'pieces.lint.severity.warning': 'Предупреждение',
  'pieces.lint.severity.info': 'Замечание',
  'pieces.lint.errors': {
    one: '{count} ошибка',
    few: '{count} ошибки',
    many: '{count} ошибок',
    other: '{count} ошибки',
  },
  'pieces.lint.errors.none': 'ошибок нет',
  'pieces.lint.warnings': {
    one: '{count} предупреждение',
    few: '{count} предупреждения',
    many: '{count} предупреждений',
    other: '{count} предупреждения',
  },
  'pieces.lint.warnings.none': 'предупреждений нет',
  'pieces.lint.notes': {
    one: '{count} замечание',
    few: '{count} замечания',
    many: '{count} замечаний',
    other: '{count} замечания',
  },
  'pieces.lint.notes.none': 'замечаний нет',
  'pieces.lint.listItem': '«{item}»',
  'pieces.lint.listAnd': '{list} и {last}',
  'pieces.lint.portalRejects': 'Портал не примет этот вид карточки: «{portal}»',
  'pieces.lint.duplicateSectionName':
    'У разделов «{first}» и «{second}» одинаковое имя на портале — «{name}»; карточка не сможет их различить.',
  'pieces.lint.contactFieldOnRepeat':
    '«{label}» — контактное поле: у повторных лидов таких полей нет, поэтому карточка не сможет его показать.',
  'pieces.lint.requiredFieldMissing': 'Поле «{label}» обязательное, но его нет в карточке.',
  'pieces.lint.fieldPlacedTwice': 'Поле «{label}» размещено дважды ({sections}).',
  'pieces.lint.fieldPlacedTimes': {
    one: 'Поле «{label}» размещено {count} раз ({sections}).',
    few: 'Поле «{label}» размещено {count} раза ({sections}).',
    many: 'Поле «{label}» размещено {count} раз ({sections}).',
    other: 'Поле «{label}» размещено {count} раза ({sections}).',
  },
  'pieces.lint.emptySection': 'В разделе «{section}» нет полей.',
  'pieces.lint.unknownField': 'Поля {field} больше нет на портале; карточка его не покажет.',
  'pieces.lint.unknownField.onPortal': '{field} — поле лида, которое карточка не показывает само по себе.',
  'pieces.lint.renamedLabel':
    'Поле «{label}» переименовано на портале в «{renamed}»; при сохранении через REST API название снова станет «{label}».',
  'pieces.lint.sectionMayLookEmpty':
    'Все поля раздела «{section}» скрываются, когда не заполнены, поэтому раздел может выглядеть пустым.',

  // saving
  'pieces.save.lintTitle': 'Проверка вида карточки нашла ошибки',
  'pieces.save.anyway': 'Всё равно сохранить',
  'pieces.save.lintBody': 'Портал примет вид карточки, но карточка будет выглядеть не так, как задумано.',
  'pieces.save.review': 'Посмотреть в проверке',
  'pieces.save.renamedTitle': 'Портал сбросит переименованные названия полей',
  'pieces.save.renamedBody':
    'Эти поля переименованы в редакторе карточки на самом портале: {fields}. REST API не умеет хранить новые названия, поэтому после сохранения у них снова будут стандартные названия.',
  'pieces.save.failed': '{reason} Ваши изменения остаются в редакторе.',
  'pieces.save.failedMaybeStored':
    '{reason} Возможно, портал всё же сохранил вид карточки. Ваши изменения остаются в редакторе.',
  'pieces.save.notSaved': 'Вид карточки не сохранён: {reason}',
  'pieces.save.maybeNotSaved': 'Возможно, вид карточки не сохранён: {reason}',
  'pieces.save.cancel': 'Отмена',
  'pieces.save.cancelLabel': 'Отменить сохранение',
  'pieces.save.cancelled':
    'Сохранение отменено: на портал ничего не записано. Ваши изменения остаются в редакторе.',
  'pieces.save.cancelledMaybeStored':
    'Сохранение отменено после отправки вида карточки: возможно, портал его сохранил. Ваши изменения остаются в редакторе.',

  // reset and "make the common layout everyone's"
  'pieces.reset.title': 'Сбросить к виду портала по умолчанию?',
  'pieces.reset.confirm': 'Сбросить вид карточки',
  'pieces.reset.bodyCommon':
    'Сохранённый общий вид карточки {leads} будет удалён на портале, а этот черновик заменится стандартным видом портала.',
  'pieces.reset.bodyPersonal':
    'Сохранённый личный вид карточки {leads} будет удалён на портале, а этот черновик заменится стандартным видом портала.',
  'pieces.reset.done': 'Сохранённый вид карточки удалён: карточка показывается в виде портала по умолчанию.',
  'pieces.force.title': 'Удалить все личные виды карточки?',
  'pieces.force.confirm': 'Удалить все личные виды',
  'pieces.force.bodySimple':
    'Личные виды карточки простых лидов всех сотрудников портала будут удалены, и все будут видеть общий вид. Это нельзя отменить. Если в общем виде есть несохранённые изменения, сначала сохраните его.',
  'pieces.force.bodyRepeat':
    'Личные виды карточки повторных лидов всех сотрудников портала будут удалены, и все будут видеть общий вид. Это нельзя отменить. Если в общем виде есть несохранённые изменения, сначала сохраните его.',
  'pieces.force.done': 'Все личные виды карточки удалены: теперь все видят общий вид.',
  'pieces.notice.column':
    'Вид карточки сохранён внутри колонки: показана только первая колонка, как на портале.',
  'pieces.notice.columnEmpty': 'В колонке нет читаемых разделов: вид карточки прочитан как пустой.',
  'pieces.notice.sameName': 'Два раздела называются «{section}»; оставлены оба.',
  'pieces.notice.sectionType':
    'У раздела «{section}» тип «{type}»: портал не примет его при сохранении вида карточки.',
  'pieces.notice.blankElement': 'Элемент без кода поля в разделе «{section}» пропущен.',
  'pieces.notice.placedTwice':
    'Поле {field} стоит дважды (разделы «{first}» и «{section}»); оставлено первое.',
  'pieces.notice.flagsNotNumber':
    'У поля {field} значение optionFlags «{value}» — не число; прочитано как 0.',
  'pieces.notice.renamedLabel':
    'У поля {field} на портале изменено название («{label}»); сохранение через REST API его сбросит.',
};

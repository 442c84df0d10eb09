import type { Message } from '../types';
import type { dialogsEn } from './dialogs.en';

/**
 * Russian texts of the dialogs part. Field labels, section titles, option keys and the portal's
 * own texts reach the slots as they are: they are data, not interface.
 */
export const dialogsRu: Readonly<Record<keyof typeof dialogsEn, Message>> = {
  // shared by the dialogs
  'dialogs.close': 'Закрыть',
  'dialogs.user.numbered': 'Сотрудник {id}',
  'dialogs.leads.simple': 'простые лиды',
  'dialogs.leads.repeat': 'повторные лиды',
  'dialogs.leadsOf.simple': 'простых лидов',
  'dialogs.leadsOf.repeat': 'повторных лидов',
  'dialogs.count.changes': {
    one: '{count} изменение',
    few: '{count} изменения',
    many: '{count} изменений',
    other: '{count} изменения',
  },
  'dialogs.count.changes.none': 'изменений нет',
  'dialogs.count.differences': {
    one: '{count} отличие',
    few: '{count} отличия',
    many: '{count} отличий',
    other: '{count} отличия',
  },
  'dialogs.count.differences.none': 'отличий нет',
  'dialogs.count.sections': {
    one: '{count} раздел',
    few: '{count} раздела',
    many: '{count} разделов',
    other: '{count} раздела',
  },
  'dialogs.count.sections.none': 'нет разделов',
  'dialogs.count.fields': {
    one: '{count} поле',
    few: '{count} поля',
    many: '{count} полей',
    other: '{count} поля',
  },
  'dialogs.count.fields.none': 'нет полей',

  // a list of changes
  'dialogs.change.tone.add': 'добавлено',
  'dialogs.change.tone.remove': 'удалено',
  'dialogs.change.tone.move': 'перемещено',
  'dialogs.change.tone.edit': 'изменено',
  'dialogs.change.sectionAdded': 'Раздел «{section}» добавлен',
  'dialogs.change.sectionRemoved': 'Раздел «{section}» удалён',
  'dialogs.change.sectionRenamed': 'Раздел «{before}» переименован в «{after}»',
  'dialogs.change.sectionNameChanged': 'Раздел «{section}»: имя на портале изменено с {before} на {after}',
  'dialogs.change.sectionMoved': 'Раздел «{section}» перемещён с позиции {from} на позицию {to}',
  'dialogs.change.sectionExtraChanged': 'Раздел «{section}»: изменены сохранённые настройки портала',
  'dialogs.change.fieldAdded': '{field}: добавлено в «{section}»',
  'dialogs.change.fieldRemoved': '{field}: удалено из «{section}»',
  'dialogs.change.fieldMoved': '{field}: перемещено из «{from}» в «{to}»',
  'dialogs.change.fieldReordered': '{field}: перемещено с позиции {from} на позицию {to} в «{section}»',
  'dialogs.change.alwaysShown': '{field}: «Показывать всегда» включено',
  'dialogs.change.hiddenWhenEmpty': '{field}: «Показывать всегда» выключено',
  'dialogs.change.flagsChanged': '{field}: флаги настроек изменены с {before} на {after}',
  'dialogs.change.optionsChanged': '{field}: изменены параметры {keys}',
  'dialogs.change.optionSet': '{field}: параметру {key} задано значение {value}',
  'dialogs.change.optionRemoved': '{field}: параметр {key} удалён',
  'dialogs.change.optionChanged': '{field}: параметр {key} изменён с {before} на {after}',
  'dialogs.change.fieldExtraChanged': '{field}: изменены сохранённые настройки портала',
  'dialogs.change.labelRenamed': '{field}: на портале переименовано в {value}',
  'dialogs.change.labelGone': '{field}: название, заданное на портале ({value}), удалено',
  'dialogs.change.labelChanged': '{field}: название, заданное на портале, изменено с {before} на {after}',

  // compare
  'dialogs.diff.title': 'Сравнение видов карточки',
  'dialogs.diff.modes': 'Сравнить',
  'dialogs.diff.mode.saved': 'Черновик и сохранённый',
  'dialogs.diff.mode.personal': 'Личный и общий',
  'dialogs.diff.mode.common': 'Общий и мой личный',
  'dialogs.diff.mode.leadType': 'Простые и повторные',
  'dialogs.diff.differences': 'Отличия',
  'dialogs.diff.draftVsSaved': 'Ваш черновик в сравнении с сохранённым видом карточки.',
  'dialogs.diff.personalVsCommon': 'Этот личный вид карточки в сравнении с общим ({note}).',
  'dialogs.diff.commonVsPersonal': 'Ваш личный вид карточки ({note}) в сравнении с этим общим.',
  'dialogs.diff.simpleVsRepeat': 'Простые лиды в сравнении с повторными ({leads}: {note}).',
  'dialogs.diff.summary': '{text} Итого: {differences}.',
  'dialogs.diff.same': 'Виды карточки совпадают.',
  'dialogs.diff.reading': 'Загрузка другого вида карточки…',
  'dialogs.other.draft': 'его несохранённый черновик в этом редакторе',
  'dialogs.other.saved': 'как сохранён',
  'dialogs.other.default': 'не сохранён, вид портала по умолчанию',

  // copy
  'dialogs.copy.title': 'Копировать вид карточки',
  'dialogs.copy.submit': 'Копировать в черновик',
  'dialogs.copy.legend': 'Куда скопировать вид карточки, как он показан в редакторе',
  'dialogs.copy.toPersonal': 'Личный вид карточки {leads}',
  'dialogs.copy.toCommon': 'Общий вид карточки {leads}',
  'dialogs.copy.toSamePersonal': 'Тот же личный вид карточки, но для {leads}',
  'dialogs.copy.leftOut': 'Не перенесены — у {leads} таких полей нет:',
  'dialogs.copy.note':
    'Копия заменит черновик того вида карточки; ничего не сохранится, пока вы не сохраните его там.',
  'dialogs.copy.done': 'Скопировано в черновик. Проверьте и сохраните, чтобы записать на портал.',

  // apply to users
  'dialogs.bulk.title': 'Применить к сотрудникам',
  'dialogs.bulk.submit': {
    one: 'Применить к {count} сотруднику',
    few: 'Применить к {count} сотрудникам',
    many: 'Применить к {count} сотрудникам',
    other: 'Применить к {count} сотрудника',
  },
  'dialogs.bulk.note':
    'Сохраняет вид карточки, как он показан в редакторе, как {layout} каждого выбранного сотрудника — по 50 сотрудников за запрос. Их текущие виды карточки сначала сохраняются в истории этого браузера. Чтобы записывать виды карточки других сотрудников, нужны права администратора CRM; их карточка при этом не переключается на личный вид.',
  'dialogs.bulk.layout.simple': 'личный вид карточки простых лидов',
  'dialogs.bulk.layout.repeat': 'личный вид карточки повторных лидов',
  'dialogs.bulk.phase.reading': 'Сохранение текущих видов карточки',
  'dialogs.bulk.phase.writing': 'Запись',
  'dialogs.bulk.phase.done': 'Готово',
  'dialogs.bulk.progress': '{done} из {total}',
  'dialogs.bulk.results': 'Результаты',
  'dialogs.bulk.saved': 'Сохранено',
  'dialogs.bulk.notChanged': 'Не изменено: {reason}',
  'dialogs.bulk.usersHeading': 'Сотрудники',
  'dialogs.bulk.dept.heading': 'Подразделения',
  'dialogs.bulk.dept.list': 'Подразделения',
  'dialogs.bulk.dept.withSub': 'Включая вложенные подразделения',
  'dialogs.bulk.dept.loading': 'Чтение подразделений…',
  'dialogs.bulk.dept.none': 'На портале нет подразделений.',
  'dialogs.bulk.dept.hint': 'Отметьте подразделения, чтобы применить ко всем их работающим сотрудникам.',
  'dialogs.bulk.dept.resolving': 'Поиск сотрудников выбранных подразделений…',
  'dialogs.bulk.dept.count': {
    one: '{count} работающий сотрудник в выбранных подразделениях.',
    few: '{count} работающих сотрудника в выбранных подразделениях.',
    many: '{count} работающих сотрудников в выбранных подразделениях.',
    other: '{count} работающего сотрудника в выбранных подразделениях.',
  },
  'dialogs.bulk.dept.overlap': {
    one: 'Из них {count} выбран и ниже; каждый получит вид карточки один раз.',
    few: 'Из них {count} выбраны и ниже; каждый получит вид карточки один раз.',
    many: 'Из них {count} выбраны и ниже; каждый получит вид карточки один раз.',
    other: 'Из них {count} выбраны и ниже; каждый получит вид карточки один раз.',
  },
  'dialogs.bulk.dept.noScope':
    'Портал не выдал список подразделений: у вебхука или приложения нет права «department» (insufficient_scope). Добавьте ему право «Структура компании (department)» или выберите сотрудников ниже.',
  'dialogs.bulk.dept.noUserScope':
    'Портал не выдал сотрудников подразделений: у вебхука или приложения нет права «user» (insufficient_scope).',
  'dialogs.bulk.dept.denied':
    'Портал отказал в списке подразделений или их сотрудников ({answer}). Обратитесь к администратору портала или выберите сотрудников ниже.',

  // choosing users
  'dialogs.users.selectShown': 'Выбрать всех показанных',
  'dialogs.users.clear': 'Сбросить',
  'dialogs.users.selected': {
    one: 'Выбран {count}',
    few: 'Выбрано {count}',
    many: 'Выбрано {count}',
    other: 'Выбрано {count}',
  },
  'dialogs.users.list': 'Сотрудники',
  'dialogs.users.choose': 'Выберите сотрудника',

  // history
  'dialogs.history.title': 'История вида карточки',
  'dialogs.history.restore': 'Восстановить в черновик',
  'dialogs.history.note':
    'Перед каждым сохранением прежний вид карточки откладывается в историю. {portalNote} Восстановленная версия попадает в черновик; на портале ничего не изменится, пока вы не сохраните.',
  'dialogs.history.reading': 'Загрузка истории…',
  'dialogs.history.none': 'Версий пока нет: ничего не перезаписывалось.',
  'dialogs.history.versions': 'Версии',
  'dialogs.history.replacedBy': 'заменено: {name}',
  'dialogs.history.portalDefault': 'вид портала по умолчанию · ',
  'dialogs.history.sections': {
    one: '{count} раздел',
    few: '{count} раздела',
    many: '{count} разделов',
    other: '{count} раздела',
  },
  'dialogs.history.fields': {
    one: '{count} поле',
    few: '{count} поля',
    many: '{count} полей',
    other: '{count} поля',
  },
  'dialogs.history.size': '{sections}, {fields}',
  'dialogs.history.inBrowser': 'браузер',
  'dialogs.history.onPortal': 'портал',
  'dialogs.history.restored':
    'Версия от {when} теперь в черновике. Сохраните, чтобы она снова стала видом карточки.',
  'dialogs.history.browserOnly':
    'Хранится только в этом браузере: вне приложения Битрикс24 у него нет хранилища на портале.',
  'dialogs.history.portalFailed': 'Не удалось прочитать копию на портале: {error}',
  'dialogs.history.browserAndPortal':
    'Хранится в этом браузере и в хранилище приложения на портале (сохранения администратора портала).',
  'dialogs.version.region': 'Просмотр версии',
  'dialogs.version.wouldChange': 'Восстановление изменит черновик: {changes}',
  'dialogs.version.same': 'Ничего: черновик совпадает с этой версией.',
  'dialogs.version.changes': 'Что изменит восстановление',
  'dialogs.version.outline': 'Версия',
  'dialogs.version.noFields': 'нет полей',

  // conflicts
  'dialogs.conflict.merge': 'Объединить',
  'dialogs.conflict.mergeAndSave': 'Объединить и сохранить',
  'dialogs.conflict.mergeIntoDraft': 'Объединить в черновике',
  'dialogs.conflict.keepMine': 'Оставить моё',
  'dialogs.conflict.keepMineAndSave': 'Оставить моё и сохранить',
  'dialogs.conflict.takeTheirs': 'Взять их вариант',
  'dialogs.conflict.theirChanges': 'Их изменения',
  'dialogs.conflict.yourChanges': 'Ваши изменения',
  'dialogs.conflict.theyChanged': 'Изменили они ({changes})',
  'dialogs.conflict.youChanged': 'Изменили вы ({changes})',
  'dialogs.conflict.nothing': 'Ничего.',
  'dialogs.conflict.conflicts': 'Конфликты',
  'dialogs.conflict.none': 'Конфликтов нет: при объединении сохранятся и ваши, и их изменения.',
  'dialogs.conflict.some': 'Оба изменили одно и то же ({count}): выберите вариант для каждого пункта',
  'dialogs.conflict.allMine': 'Всё моё',
  'dialogs.conflict.allTheirs': 'Всё их',
  'dialogs.conflict.mine': 'Моё',
  'dialogs.conflict.theirs': 'Их',
  'dialogs.conflict.noValue': 'нет',
  'dialogs.conflict.placeOff': 'убрали его из карточки',
  'dialogs.conflict.placeAt': 'поместили его в «{section}» на позицию {position}',
  'dialogs.conflict.fieldPlacement': '{field}: вы {mine}; они {theirs}.',
  'dialogs.conflict.fieldOption': '{field}, параметр {key}: у вас {mine}, у них {theirs}.',
  'dialogs.conflict.fieldLabel': '{field}, название, заданное на портале: у вас {mine}, у них {theirs}.',
  'dialogs.conflict.fieldExtra': '{field}, сохранённая настройка {key}: у вас {mine}, у них {theirs}.',
  'dialogs.conflict.sectionTitle': 'Название раздела: у вас «{mine}», у них «{theirs}».',
  'dialogs.conflict.sectionName': 'Раздел «{section}», имя на портале: у вас {mine}, у них {theirs}.',
  'dialogs.conflict.sectionExtra':
    'Раздел «{section}», сохранённая настройка {key}: у вас {mine}, у них {theirs}.',
  'dialogs.conflict.removedByMe': 'Вы удалили раздел «{section}», а они его изменили.',
  'dialogs.conflict.removedByThem': 'Они удалили раздел «{section}», а вы его изменили.',
  'dialogs.saveConflict.title': 'Вид карточки сохранил кто-то другой',
  'dialogs.saveConflict.intro':
    'Вид карточки на портале изменился после того, как вы его открыли. Ничего не записано. Выберите, что оставить.',
  'dialogs.saveConflict.tookTheirs': 'В редакторе теперь их вариант. «Отменить» вернёт ваш.',
  'dialogs.saveConflict.merged': 'Объединённый вариант — в черновике. Сохраните, когда всё будет в порядке.',

  // who sees what
  'dialogs.who.title': 'Кто что видит',
  'dialogs.who.apply': 'Какие виды карточки действуют',
  'dialogs.who.personalOverCommon':
    '{who}: есть личный вид карточки. Сотрудник видит его, пока в карточке выбран личный вид; при общем виде (его портал выбирает по умолчанию) — общий вид карточки.',
  'dialogs.who.personalOverDefault':
    '{who}: есть личный вид карточки. Сотрудник видит его, пока в карточке выбран личный вид; при общем виде (его портал выбирает по умолчанию) — вид портала по умолчанию.',
  'dialogs.who.common': '{who}: личного вида карточки нет — виден общий вид карточки.',
  'dialogs.who.default':
    'Не сохранено ни личного, ни общего вида карточки: {who} видит встроенный вид портала.',
  'dialogs.who.noPersonal': 'Нет личного вида карточки для сравнения.',
  'dialogs.who.against': 'Личный в сравнении с общим ({leads})',
  'dialogs.who.againstList': 'Личный в сравнении с общим, {leads}',
  'dialogs.who.same': 'Личный вид карточки совпадает с общим.',
  'dialogs.who.reading': 'Загрузка видов карточки…',
  'dialogs.who.limitLead': 'Чего не узнать через REST:',
  'dialogs.who.limit':
    'выбран ли в карточке этого сотрудника личный вид. Это отдельная настройка сотрудника на портале, её не читает и не меняет ни один метод REST; сохранение личного вида карточки здесь её тоже не переключает.',

  // import
  'dialogs.import.title': 'Импорт {name}',
  'dialogs.import.submit': 'Загрузить в черновик',
  'dialogs.import.madeFor': 'для {leads}',
  'dialogs.import.scope.C': 'общий',
  'dialogs.import.scope.P': 'личный',
  'dialogs.import.exported': 'экспорт: {when}',
  'dialogs.import.checksPass': 'Проверки портала пройдены.',
  'dialogs.import.leftOut': 'Не перенесены — эта карточка не может их показать: {fields}',
  'dialogs.import.remarks': 'Замечания',
  'dialogs.import.changesHeading': 'Что изменится в черновике ({changes})',
  'dialogs.import.same': 'Ничего: черновик совпадает с этим видом карточки.',
  'dialogs.import.changes': 'Что изменит импорт',
  'dialogs.import.done': 'Файл {name} загружен в черновик. Сохраните, чтобы записать его на портал.',
  // JSON values ("simple", "C") are quoted as the file writes them
  'dialogs.import.problem.empty': 'Файл пуст.',
  'dialogs.import.problem.notJson': 'В файле некорректный JSON.',
  'dialogs.import.problem.notJsonAt': 'В файле некорректный JSON (строка {line}, столбец {column}).',
  'dialogs.import.problem.notJsonEnds': 'В файле некорректный JSON (файл обрывается).',
  'dialogs.import.problem.notALayout':
    'Это не файл вида карточки Lead Card Studio и не вид карточки портала (список разделов).',
  'dialogs.import.problem.otherFormat': 'Это не файл вида карточки Lead Card Studio (формат {format}).',
  'dialogs.import.problem.noVersion': 'В файле вида карточки не указана версия формата.',
  'dialogs.import.problem.newerVersion':
    'Файл вида карточки записан в формате версии {version}, а приложение читает версию {supported}. Обновите приложение, чтобы импортировать его.',
  'dialogs.import.problem.unknownVersion': 'Неизвестная версия формата файла вида карточки: {version}.',
  'dialogs.import.problem.unknownLeadType':
    'Неизвестный тип лида в файле: {leadType}; ожидается "simple" или "repeat".',
  'dialogs.import.problem.unknownCard': 'Файл вида карточки сделан для неизвестной карточки {card}.',
  'dialogs.import.problem.unknownScope':
    'Неизвестное значение scope в файле: {scope}; ожидается "C" или "P".',
  'dialogs.import.problem.noSections': 'В файле вида карточки нет "sections".',
  'dialogs.import.problem.noLayout':
    'В файле нет вида карточки (null): когда вид карточки не сохранён, портал показывает встроенный.',
  'dialogs.import.problem.portalRefuses': 'Портал не примет этот вид карточки: {detail}',
  'dialogs.import.problem.sectionNameNotText': 'У раздела с индексом {section} имя — не строка.',
  'dialogs.import.problem.sectionTitleNotText': 'У раздела с индексом {section} название — не строка.',
  'dialogs.import.problem.elementNameNotText':
    'У элемента с индексом {element} в разделе с индексом {section} имя — не строка.',
  'dialogs.import.problem.unreadableSections': 'В файле есть разделы, которые редактор не может прочитать.',
};
